using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Staff;

public class StaffNamesTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task The_overview_csv_and_timeline_show_staff_by_name_and_filters_take_names()
    {
        var senior = api.ClientFor(Roles.SeniorManager, "sm-names");
        var added = await senior.PostAsJsonAsync("/api/teams", new { name = "Northgate", managerId = (string?)null });
        var team = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await senior.PostAsJsonAsync(
            "/api/staff",
            new
            {
                userId = "sw-named",
                details = new
                {
                    displayName = "Marta Kowalska",
                    roles = new[] { "SocialWorker" },
                    teamId = team,
                    isActive = true,
                },
            }
        );
        var journey = new JourneyDriver(
            api,
            (
                await CaseRequests.OpenAsync(
                    api.ClientFor(Roles.SocialWorker, "sw-named"),
                    CaseRequests.Family("sw-named", "tm-names")
                )
            ).CaseId,
            1
        );
        await journey.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings");

        var byName = await senior.GetFromJsonAsync<JsonElement>("/api/overview?socialWorker=Marta%20Kowalska");
        var byTeam = await senior.GetFromJsonAsync<JsonElement>("/api/overview?team=Northgate");
        var csv = await senior.GetStringAsync("/api/overview.csv?team=Northgate");
        var timeline = await senior.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}/timeline");

        var row = byName.GetProperty("rows")[0];
        Assert.Equal(2, byName.GetProperty("totalCount").GetInt32());
        Assert.Equal("Marta Kowalska", row.GetProperty("socialWorkerName").GetString());
        Assert.Equal("Northgate", row.GetProperty("teamName").GetString());
        Assert.Equal("Tm Names", row.GetProperty("teamManagerName").GetString());
        Assert.Equal(2, byTeam.GetProperty("totalCount").GetInt32());
        Assert.Contains(",Northgate,Marta Kowalska,Tm Names,", csv, StringComparison.Ordinal);
        Assert.Equal("Marta Kowalska", timeline[0].GetProperty("userName").GetString());
    }
}
