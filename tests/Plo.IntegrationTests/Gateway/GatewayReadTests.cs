using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Gateway;

public class GatewayReadTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task Allocated_staff_read_their_case_decision_and_its_reasons_on_the_case_not_the_panel_papers()
    {
        var journey = await JourneyDriver.OpenAsync(api);
        var decided = await journey.DecideAsync(
            new DateOnly(2026, 3, 2),
            "EnterPreProceedings",
            new { conditions = "Review at panel in 8 weeks." }
        );
        var meetingId = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("itemId").GetGuid();
        var gatewayMeeting = (
            await api.InDatabaseAsync(db =>
                Task.FromResult(
                    db.Cases.Where(c => c.Id == journey.CaseId)
                        .SelectMany(c => c.Decisions)
                        .Select(d => d.GatewayMeetingId)
                        .Single()
                )
            )
        );

        var onCase = await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}");
        var decision = Assert.Single(onCase.GetProperty("decisions").EnumerateArray());

        Assert.Equal(meetingId, decision.GetProperty("id").GetGuid());
        Assert.Equal("enterPreProceedings", decision.GetProperty("option").GetString());
        Assert.Equal(
            "Threshold met: repeated neglect despite a child protection plan.",
            decision.GetProperty("rationale").GetString()
        );
        Assert.Equal("Review at panel in 8 weeks.", decision.GetProperty("conditions").GetString());
        Assert.Equal("panel-1", decision.GetProperty("recordedBy").GetString());
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await journey.Worker.GetAsync($"/api/gateway-meetings/{gatewayMeeting}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await journey.Manager.GetAsync($"/api/gateway-meetings/{gatewayMeeting}")).StatusCode
        );
        foreach (var role in new[] { Roles.GatewayPanel, Roles.SeniorManager, Roles.LegalAdviser })
        {
            Assert.Equal(
                HttpStatusCode.OK,
                (await api.ClientFor(role, "reader").GetAsync($"/api/gateway-meetings/{gatewayMeeting}")).StatusCode
            );
        }
    }
}
