using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Cases;

/// <summary>A case read again is served from memory while its version in the database stands; what it shows from
/// elsewhere (staff names) and whether the reader is still active follow a change made by another process within
/// <c>ReadCache:Seconds</c> (30), and a change made through Plo at once.</summary>
public class CaseReadCacheTests(CachedApiFactory api) : IClassFixture<CachedApiFactory>
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private async Task<(HttpClient Worker, Guid CaseId, string WorkerId)> CaseAsync()
    {
        api.Clock.SetUtcNow(Morning);
        var workerId = $"sw-{Guid.NewGuid():N}";
        var worker = api.ClientFor(Roles.SocialWorker, workerId);
        var opened = await CaseRequests.OpenAsync(worker, CaseRequests.Family(workerId, "tm-1"));
        return (worker, opened.CaseId, workerId);
    }

    private static Task<JsonElement> ReadAsync(HttpClient client, Guid caseId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");

    /// <summary>Another process's change, written straight to the database: this one's data version does not move.
    /// </summary>
    private async Task ElsewhereAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={api.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static string Stored(Guid id) => id.ToString().ToUpperInvariant();

    [Fact]
    public async Task A_case_read_again_asks_the_database_only_for_its_version_and_who_it_is_allocated_to()
    {
        var (worker, caseId, _) = await CaseAsync();
        var first = await ReadAsync(worker, caseId);

        api.Commands.Reset();
        var again = await ReadAsync(worker, caseId);

        Assert.Equal(1, api.Commands.Count);
        Assert.Equal(first.ToString(), again.ToString());
    }

    [Fact]
    public async Task A_change_made_through_Plo_shows_on_the_next_read()
    {
        var journey = await JourneyDriver.OpenAsync(api);
        Assert.Equal(0, (await ReadAsync(journey.Worker, journey.CaseId)).GetProperty("decisions").GetArrayLength());

        await journey.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings");
        var after = await ReadAsync(journey.Worker, journey.CaseId);

        Assert.Equal(1, after.GetProperty("decisions").GetArrayLength());
        Assert.Equal(
            "Head of Service",
            after.GetProperty("decisions")[0].GetProperty("panel").GetProperty("chair").GetString()
        );
    }

    [Fact]
    public async Task A_change_to_the_case_committed_by_another_process_shows_on_the_next_read()
    {
        var (worker, caseId, _) = await CaseAsync();
        var before = await ReadAsync(worker, caseId);

        await ElsewhereAsync(
            "UPDATE Cases SET FormerReference = 'OLD-77', Version = Version + 1 WHERE Id = $id",
            ("$id", Stored(caseId))
        );
        var after = await ReadAsync(worker, caseId);

        Assert.Equal(JsonValueKind.Null, before.GetProperty("formerReference").ValueKind);
        Assert.Equal("OLD-77", after.GetProperty("formerReference").GetString());
        Assert.Equal(before.GetProperty("version").GetInt32() + 1, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_staff_name_changed_by_another_process_shows_once_the_cache_seconds_pass()
    {
        var (worker, caseId, workerId) = await CaseAsync();
        var before = await ReadAsync(worker, caseId);

        await ElsewhereAsync(
            "UPDATE Staff SET DisplayName = 'Robin Renamed' WHERE UserId = $user",
            ("$user", workerId)
        );
        var soon = await ReadAsync(worker, caseId);
        api.Clock.SetUtcNow(Morning.AddSeconds(31));
        var later = await ReadAsync(worker, caseId);

        var name = before.GetProperty("allocation").GetProperty("socialWorkerName").GetString();
        Assert.Equal(name, soon.GetProperty("allocation").GetProperty("socialWorkerName").GetString());
        Assert.Equal("Robin Renamed", later.GetProperty("allocation").GetProperty("socialWorkerName").GetString());
    }

    [Fact]
    public async Task Someone_made_inactive_by_another_process_is_refused_once_the_cache_seconds_pass()
    {
        var (worker, caseId, workerId) = await CaseAsync();
        await ReadAsync(worker, caseId);

        await ElsewhereAsync("UPDATE Staff SET IsActive = 0 WHERE UserId = $user", ("$user", workerId));
        var soon = await worker.GetAsync($"/api/cases/{caseId}");
        api.Clock.SetUtcNow(Morning.AddSeconds(31));
        var later = await worker.GetAsync($"/api/cases/{caseId}");

        Assert.Equal(HttpStatusCode.OK, soon.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, later.StatusCode);
    }

    [Fact]
    public async Task Someone_made_inactive_through_Plo_is_refused_at_once()
    {
        var (worker, caseId, workerId) = await CaseAsync();
        await ReadAsync(worker, caseId);
        var senior = api.ClientFor(Roles.SeniorManager, "sm-1");
        var member = (await senior.GetFromJsonAsync<JsonElement>("/api/staff"))
            .EnumerateArray()
            .Single(m => m.GetProperty("userId").GetString() == workerId);

        (
            await senior.PutAsJsonAsync(
                $"/api/staff/{workerId}",
                new
                {
                    version = member.GetProperty("version").GetInt32(),
                    details = new
                    {
                        displayName = member.GetProperty("displayName").GetString(),
                        roles = new[] { Roles.SocialWorker },
                        isActive = false,
                    },
                }
            )
        ).EnsureSuccessStatusCode();
        var refused = await worker.GetAsync($"/api/cases/{caseId}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
