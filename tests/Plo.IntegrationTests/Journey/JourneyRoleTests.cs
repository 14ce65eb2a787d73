using System.Net;
using System.Net.Http.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Journey;

public class JourneyRoleTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    public static TheoryData<string, string> Refusals =>
        new()
        {
            { Roles.SocialWorker, "decision" },
            { Roles.TeamManager, "decision" },
            { Roles.SeniorManager, "decision" },
            { Roles.LegalAdviser, "plan" },
            { Roles.GatewayPanel, "meetings" },
            { Roles.SeniorManager, "letter-sent" },
            { Roles.SocialWorker, "delay-rationales" },
            { Roles.GatewayPanel, "delay-rationales" },
            { Roles.TeamManager, "extensions" },
            { Roles.SocialWorker, "extensions" },
            { Roles.SocialWorker, "exit" },
            { Roles.LegalAdviser, "exit" },
        };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Each_role_rule_is_enforced(string role, string what)
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 10));
        // Each user reaches the case (user-1 is its social worker, tm-1 its team manager), so the role alone refuses.
        var client = api.ClientFor(role, role == Roles.TeamManager ? "tm-1" : "user-1");

        var response = what switch
        {
            "decision" => await journey.SendAsync(
                client,
                HttpMethod.Post,
                $"/api/gateway-meetings/{await journey.ScheduleGatewayMeetingAsync(new DateOnly(2026, 3, 10))}"
                    + "/decisions",
                new
                {
                    caseId = journey.CaseId,
                    option = "ChildInNeedPlan",
                    rationale = "Enough progress.",
                    thresholdMet = false,
                }
            ),
            "plan" => await journey.ChangeAsync(
                client,
                "plan",
                new
                {
                    concerns = Array.Empty<object>(),
                    changes = Array.Empty<object>(),
                    support = Array.Empty<object>(),
                },
                HttpMethod.Put
            ),
            "meetings" => await journey.ChangeAsync(
                client,
                "meetings",
                new
                {
                    kind = "Initial",
                    scheduledOn = "2026-03-20",
                    startsAt = "10:00",
                    place = "Office",
                }
            ),
            "letter-sent" => await journey.ChangeAsync(client, "letter-sent", new { sentOn = "2026-03-10" }),
            "delay-rationales" => await journey.ChangeAsync(
                client,
                "delay-rationales",
                new
                {
                    reason = "Other",
                    narrative = "Staff illness.",
                    revisedDate = "2026-04-01",
                }
            ),
            "extensions" => await journey.ChangeAsync(
                client,
                "extensions",
                new { weeks = 2, rationale = "Expert report late." }
            ),
            _ => await journey.ChangeAsync(
                client,
                "exit",
                new
                {
                    outcome = "NoFurtherAction",
                    on = "2026-03-10",
                    reason = "Family moved.",
                }
            ),
        };

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Only_the_gateway_panel_schedules_panel_meetings()
    {
        var journey = await JourneyDriver.OpenAsync(api);
        var response = await api.ClientFor(Roles.SeniorManager)
            .PostAsJsonAsync(
                "/api/gateway-meetings",
                new
                {
                    meetingDate = "2026-03-10",
                    chair = "Head of Service",
                    attendees = new[] { new { name = "A", role = "B" } },
                    agenda = new[] { journey.CaseId },
                }
            );

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Everyone_who_may_read_a_case_reads_its_timeline_and_review_points()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 10));

        foreach (var role in new[] { Roles.LegalAdviser, Roles.GatewayPanel, Roles.SeniorManager, Roles.SocialWorker })
        {
            var client = api.ClientFor(role, "user-1");
            Assert.Equal(
                HttpStatusCode.OK,
                (await client.GetAsync($"/api/cases/{journey.CaseId}/timeline")).StatusCode
            );
            Assert.Equal(
                HttpStatusCode.OK,
                (await client.GetAsync($"/api/cases/{journey.CaseId}/review-points")).StatusCode
            );
        }

        var stranger = api.ClientFor(Roles.SocialWorker, "someone-else");
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.GetAsync($"/api/cases/{journey.CaseId}/timeline")).StatusCode
        );
    }
}
