using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Overview;

public class DashboardTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task Needs_you_names_what_is_missing_for_an_overdue_key_date_and_a_letter_waiting_for_approval()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2)); // letter due Monday 9 March
        var drafted = await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        drafted.EnsureSuccessStatusCode();
        var reference = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("reference")
            .GetString();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));

        var dashboard = await api.ClientFor(Roles.SeniorManager).GetFromJsonAsync<JsonElement>("/api/dashboard");
        var mine = dashboard
            .GetProperty("needsYou")
            .EnumerateArray()
            .Where(i => i.GetProperty("reference").GetString() == reference)
            .ToList();

        // one per child: the family has two
        var overdue = mine.Where(i => i.GetProperty("reason").GetString() == "overdueWithoutRationale").ToList();
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, i => Assert.Equal(7, i.GetProperty("days").GetInt32()));
        Assert.Contains(
            "reason for the delay",
            overdue[0].GetProperty("missing").GetString(),
            StringComparison.Ordinal
        );
        var letter = Assert.Single(mine, i => i.GetProperty("reason").GetString() == "letterAwaitingApproval");
        Assert.Contains("approval", letter.GetProperty("missing").GetString(), StringComparison.Ordinal);
        Assert.Equal(14, letter.GetProperty("days").GetInt32());
        // the overview row says why it is red, by the same rule
        var row = (await api.ClientFor(Roles.SeniorManager).GetFromJsonAsync<JsonElement>("/api/overview"))
            .GetProperty("rows")
            .EnumerateArray()
            .First(r => r.GetProperty("reference").GetString() == reference);
        Assert.Equal("red", row.GetProperty("rag").GetString());
        Assert.Contains(
            "Overdue by 7 days – no reason recorded",
            row.GetProperty("ragReasons").EnumerateArray().Select(r => r.GetString())
        );
    }

    [Fact]
    public async Task The_chart_figures_count_every_active_child_and_the_last_twelve_months()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero));
        var manager = api.ClientFor(Roles.SeniorManager);

        var dashboard = await manager.GetFromJsonAsync<JsonElement>("/api/dashboard");
        var summary = (await manager.GetFromJsonAsync<JsonElement>("/api/overview")).GetProperty("summary");

        var buckets = dashboard.GetProperty("byWeeks").EnumerateArray().ToList();
        Assert.Equal(
            summary.GetProperty("activeChildren").GetInt32(),
            buckets.Sum(b => b.GetProperty("children").GetInt32())
        );
        Assert.Equal(16, dashboard.GetProperty("expectedWeeks").GetInt32());
        var months = dashboard.GetProperty("keyDatesByMonth").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(
            (2026, 5),
            (months[^1].GetProperty("year").GetInt32(), months[^1].GetProperty("month").GetInt32())
        );
        Assert.Equal(
            summary.GetProperty("activeChildren").GetInt32(),
            dashboard
                .GetProperty("ragByTeam")
                .EnumerateArray()
                .Sum(t =>
                    t.GetProperty("red").GetInt32()
                    + t.GetProperty("amber").GetInt32()
                    + t.GetProperty("green").GetInt32()
                )
        );
    }

    [Fact]
    public async Task A_social_worker_sees_nothing_of_a_case_they_are_not_allocated()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));

        var stranger = await api.ClientFor(Roles.SocialWorker, "sw-nobody")
            .GetFromJsonAsync<JsonElement>("/api/dashboard");

        Assert.Equal(0, stranger.GetProperty("needsYou").GetArrayLength());
        Assert.Equal(
            0,
            stranger.GetProperty("byWeeks").EnumerateArray().Sum(b => b.GetProperty("children").GetInt32())
        );
    }
}
