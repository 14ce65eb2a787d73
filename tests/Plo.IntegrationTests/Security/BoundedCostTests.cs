using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Security;

/// <summary>No caller can run up unbounded cost: rate limits per user, body limits per route, a time budget for
/// checks.</summary>
public class BoundedCostTests
{
    /// <summary>The shipped buckets, made small enough to empty in a test, and a named user with a high
    /// limit.</summary>
    private sealed class TightLimits : PloApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:Api:TokenLimit", "5");
            builder.UseSetting("RateLimiting:Api:TokensPerPeriod", "1");
            builder.UseSetting("RateLimiting:Api:PeriodSeconds", "60");
            builder.UseSetting("RateLimiting:Heavy:TokenLimit", "2");
            builder.UseSetting("RateLimiting:Heavy:TokensPerPeriod", "1");
            builder.UseSetting("RateLimiting:Heavy:PeriodSeconds", "60");
            builder.UseSetting("RateLimiting:Users:load-test:Api:TokenLimit", "1000");
            builder.UseSetting("RateLimiting:Users:load-test:Api:TokensPerPeriod", "1000");
        }
    }

    /// <summary>An application clock on which every timer is due at once, so a check's budget is spent before the
    /// check starts, however fast the checker is.</summary>
    private sealed class SpentBudget : PloApiFactory
    {
        private sealed class EveryTimerDue(TimeProvider clock) : TimeProvider
        {
            public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

            public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
            {
                callback(state);
                return System.CreateTimer(_ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new EveryTimerDue(Clock));
            });
        }
    }

    [Fact]
    public async Task Each_user_has_a_bucket_and_an_empty_one_answers_429_with_retry_after()
    {
        using var api = new TightLimits();
        var alice = api.ClientFor(Roles.SeniorManager, "alice");
        var bob = api.ClientFor(Roles.SeniorManager, "bob");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await alice.GetAsync("/api/cases"));
        }

        Assert.All(answers.Take(5), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var refused = answers[5];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(
            int.Parse(
                refused.Headers.GetValues("Retry-After").Single(),
                System.Globalization.CultureInfo.InvariantCulture
            ) >= 1
        );
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task Checking_and_drafting_letters_have_a_tighter_bucket()
    {
        using var api = new TightLimits();
        var client = api.ClientFor(Roles.SocialWorker, "carol");
        var body = new { text = "Dear Sam, we are worried about Amy." };

        var first = await client.PostAsJsonAsync("/api/plain-language/check", body);
        var second = await client.PostAsJsonAsync("/api/plain-language/check", body);
        var third = await client.PostAsJsonAsync("/api/plain-language/check", body);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task A_named_user_gets_the_limit_configuration_gives_them()
    {
        using var api = new TightLimits();
        var load = api.ClientFor(Roles.SeniorManager, "load-test");

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await load.GetAsync("/api/cases")).StatusCode);
        }
    }

    [Fact]
    public async Task A_check_over_its_time_budget_is_refused_not_left_running()
    {
        using var api = new SpentBudget();
        var letter = string.Join(' ', Enumerable.Repeat("We are worried about Amy.", 400));

        var response = await api.ClientFor(Roles.SocialWorker, "dave")
            .PostAsJsonAsync("/api/plain-language/check", new { text = letter });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(
            "took too long",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            StringComparison.Ordinal
        );
    }
}

public class BodyLimitTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task A_body_over_the_route_limit_is_refused_by_its_length_before_it_is_read()
    {
        var huge = new StringContent(
            "{\"children\":[" + new string(' ', 200 * 1024) + "]}",
            Encoding.UTF8,
            "application/json"
        );

        var response = await api.ClientFor(Roles.SocialWorker).PostAsync("/api/cases", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_letter_to_check_may_be_larger_than_a_command()
    {
        var letter = string.Join(' ', Enumerable.Repeat("We are worried about Amy.", 3000));

        var response = await api.ClientFor(Roles.SocialWorker)
            .PostAsJsonAsync("/api/plain-language/check", new { text = letter });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_rule_reports_at_most_fifty_places_and_says_how_many_more()
    {
        var letter = string.Join(' ', Enumerable.Repeat("the", 500));

        var report = await (
            await api.ClientFor(Roles.SocialWorker).PostAsJsonAsync("/api/plain-language/check", new { text = letter })
        ).Content.ReadFromJsonAsync<JsonElement>();
        var repeated = report
            .GetProperty("findings")
            .EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "R20")
            .ToList();

        Assert.Equal(51, repeated.Count);
        Assert.Equal("449 more like this are not listed.", repeated[^1].GetProperty("message").GetString());
    }
}
