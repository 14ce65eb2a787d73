using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Overview;

public sealed class CachedOverviewApiFactory : OverviewApiFactory
{
    public CachedOverviewApiFactory()
        : base(cached: true) { }
}

/// <summary>The overview served again from memory while nothing changes, and computed afresh once something
/// does.</summary>
public class OverviewCacheTests(CachedOverviewApiFactory api) : IClassFixture<CachedOverviewApiFactory>
{
    private async Task<JourneyDriver> FamilyAsync(string teamManager)
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var opened = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.SocialWorker, "user-1"),
            CaseRequests.Family("user-1", teamManager)
        );
        var journey = new JourneyDriver(api, opened.CaseId, 1);
        await journey.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings");
        return journey;
    }

    private Task<JsonElement> RowsAsync(string teamManager, string user = "sm-1") =>
        api.ClientFor(Roles.SeniorManager, user)
            .GetFromJsonAsync<JsonElement>($"/api/overview?teamManager={teamManager}&sort=weeks");

    [Fact]
    public async Task The_same_read_again_runs_no_query_until_a_change_is_committed()
    {
        var tm = $"tm-{Guid.NewGuid():N}";
        var journey = await FamilyAsync(tm);
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        var first = await RowsAsync(tm);
        Assert.Equal("missing", first.GetProperty("rows")[0].GetProperty("rationaleStatus").GetString());

        api.Commands.Reset();
        var again = await RowsAsync(tm);
        Assert.Equal(0, api.Commands.Count); // the user's place in the staff directory is served again too
        Assert.Equal(first.ToString(), again.ToString());

        await journey.RecordDelayRationaleAsync("ParentEngagement", "Sam is in hospital this week.", "2026-03-20");
        api.Commands.Reset();
        var after = await RowsAsync(tm);

        Assert.True(api.Commands.Count > 0);
        Assert.Equal("recorded", after.GetProperty("rows")[0].GetProperty("rationaleStatus").GetString());
    }

    [Fact]
    public async Task Another_user_or_another_day_is_computed_for_itself()
    {
        var tm = $"tm-{Guid.NewGuid():N}";
        await FamilyAsync(tm);
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero));
        var amber = await RowsAsync(tm);
        Assert.Equal("amber", amber.GetProperty("rows")[0].GetProperty("rag").GetString());

        api.Commands.Reset();
        await RowsAsync(tm, user: "sm-2");
        Assert.True(api.Commands.Count > 0);

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        var red = await RowsAsync(tm);
        Assert.Equal("red", red.GetProperty("rows")[0].GetProperty("rag").GetString());
    }
}
