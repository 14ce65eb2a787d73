using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Security;

public class IdempotencyTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private static HttpRequestMessage Open(string key, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases")
        {
            Content = JsonContent.Create(body ?? CaseRequests.Family("sw-idem")),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private Task<int> CasesAsync() => api.InDatabaseAsync(db => db.Cases.CountAsync());

    [Fact]
    public async Task A_retry_with_the_same_key_and_body_returns_the_first_answer_and_creates_nothing()
    {
        var client = api.ClientFor(Roles.SocialWorker, "sw-idem");
        var before = await CasesAsync();

        var first = await client.SendAsync(Open("open-family-1"));
        var retry = await client.SendAsync(Open("open-family-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString(),
            (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()
        );
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(before + 1, await CasesAsync());
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused()
    {
        var client = api.ClientFor(Roles.SocialWorker, "sw-idem");
        await client.SendAsync(Open("open-family-2"));
        var before = await CasesAsync();

        var other = await client.SendAsync(Open("open-family-2", CaseRequests.Family("sw-idem", "tm-other")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(before, await CasesAsync());
    }

    [Fact]
    public async Task Keys_belong_to_their_user()
    {
        await api.ClientFor(Roles.SocialWorker, "sw-idem").SendAsync(Open("shared-key"));
        var before = await CasesAsync();

        var someoneElse = await api.ClientFor(Roles.SocialWorker, "sw-other")
            .SendAsync(Open("shared-key", CaseRequests.Family("sw-other")));

        Assert.Equal(HttpStatusCode.Created, someoneElse.StatusCode);
        Assert.Equal(before + 1, await CasesAsync());
    }

    [Fact]
    public async Task A_refused_request_frees_its_key_for_a_corrected_retry()
    {
        var client = api.ClientFor(Roles.SocialWorker, "sw-idem");
        var bad = CaseRequests.Family("sw-idem") with { Children = [] };

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Open("open-family-3", bad))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Open("open-family-3"))).StatusCode);
    }

    [Fact]
    public async Task Concurrent_retries_create_one_case()
    {
        var client = api.ClientFor(Roles.SocialWorker, "sw-idem");
        var before = await CasesAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Open("open-family-4"))));

        Assert.Equal(before + 1, await CasesAsync());
        Assert.All(
            answers,
            a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString())
        );
    }
}
