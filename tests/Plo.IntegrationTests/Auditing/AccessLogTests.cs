using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Auditing;

public class AccessLogTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task Reads_of_a_case_its_letters_and_its_timeline_are_recorded_for_senior_managers_to_see()
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        var lawyer = api.ClientFor(Roles.LegalAdviser, "la-9");
        await lawyer.GetAsync($"/api/cases/{journey.CaseId}");
        await lawyer.GetAsync($"/api/cases/{journey.CaseId}/timeline");
        await journey.Worker.GetAsync($"/api/cases/{journey.CaseId}/letters");

        var log = await journey.Senior.GetFromJsonAsync<JsonElement>($"/api/audit/access?caseId={journey.CaseId}");
        var records = log.GetProperty("items")
            .EnumerateArray()
            .Select(r =>
                (
                    User: r.GetProperty("userId").GetString(),
                    What: r.GetProperty("what").GetString(),
                    Roles: r.GetProperty("roles").GetString()
                )
            )
            .ToList();

        Assert.Contains(("la-9", "GetCaseQuery", "LegalAdviser"), records);
        Assert.Contains(("la-9", "GetTimelineQuery", "LegalAdviser"), records);
        Assert.Contains(("user-1", "ListLettersQuery", "SocialWorker"), records);
        Assert.Equal("la-9", records.Last(r => r.What == "GetCaseQuery").User);
    }

    [Theory]
    [InlineData(Roles.TeamManager, "tm-1")]
    [InlineData(Roles.SocialWorker, "user-1")]
    [InlineData(Roles.GatewayPanel, "panel-1")]
    public async Task Only_senior_managers_read_the_access_log(string role, string user)
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));

        var response = await api.ClientFor(role, user).GetAsync($"/api/audit/access?caseId={journey.CaseId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
