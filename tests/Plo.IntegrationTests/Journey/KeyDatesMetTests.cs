using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Journey;

public class KeyDatesMetTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task A_key_date_met_late_says_by_how_many_working_days_and_the_overview_counts_it()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2)); // letter due Monday 9 March
        var before = await Summary(api.ClientFor(Roles.SeniorManager));
        var workerBefore = await Summary(journey.Worker); // through the cases the worker reaches
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "letter-sent", new { sentOn = "2026-03-12" })
        );

        var letter = (await journey.GetAsync("review-points")).GetProperty("points").EnumerateArray().First();
        Assert.Equal("met", letter.GetProperty("status").GetString());
        Assert.Equal("2026-03-12", letter.GetProperty("metOn").GetString());
        Assert.Equal(3, letter.GetProperty("workingDaysLate").GetInt32());
        Assert.True(letter.GetProperty("metLate").GetBoolean());

        var after = await Summary(api.ClientFor(Roles.SeniorManager));
        Assert.Equal(before.GetProperty("met").GetInt32() + 1, after.GetProperty("met").GetInt32());
        Assert.Equal(before.GetProperty("onTime").GetInt32(), after.GetProperty("onTime").GetInt32());
        var workerAfter = await Summary(journey.Worker);
        Assert.Equal(workerBefore.GetProperty("met").GetInt32() + 1, workerAfter.GetProperty("met").GetInt32());
        Assert.True(workerAfter.GetProperty("met").GetInt32() <= after.GetProperty("met").GetInt32());
    }

    private static async Task<JsonElement> Summary(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/overview"))
            .GetProperty("summary")
            .GetProperty("keyDatesMetLast12Months");
}
