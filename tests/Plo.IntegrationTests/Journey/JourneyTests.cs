using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Journey;

public class JourneyTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private static readonly DateOnly PanelDay = new(2026, 3, 2);

    private static readonly object Plan = new
    {
        concerns = new[] { new { description = "Amy was left alone at home overnight.", occurredOn = "2026-01-14" } },
        changes = new[]
        {
            new
            {
                what = "Make sure an adult is always at home with Amy.",
                who = "Sam",
                byWhen = "2026-04-30",
            },
        },
        support = new[]
        {
            new
            {
                service = "Family support worker",
                who = "Early help team",
                when = "Every Tuesday morning",
            },
        },
        familyNetwork = new
        {
            fgcOffered = true,
            offeredOn = "2026-03-02",
            declined = false,
        },
        contingencyPlan = "If things do not change, we will ask the family court to decide where Amy lives.",
    };

    [Theory]
    [InlineData("SteppedDownToChildInNeedPlan", null)]
    [InlineData("SteppedDownToChildProtectionPlan", null)]
    [InlineData("ProceedingsIssued", "2026-06-23")]
    [InlineData("NoFurtherAction", null)]
    [InlineData("ChildAccommodated", null)]
    public async Task A_family_goes_from_the_panel_to_each_exit(string outcome, string? courtApplicationOn)
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);
        Assert.Equal(2, journey.Version);

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "letter-sent", new { sentOn = "2026-03-04" })
        );
        await JourneyDriver.ItemAsync(await journey.ChangeAsync(journey.Worker, "plan", Plan, HttpMethod.Put));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                "assessments",
                new
                {
                    kind = "Parenting",
                    assessor = "Independent social worker",
                    commissionedOn = "2026-03-05",
                    dueOn = "2026-04-30",
                }
            )
        );
        var initial = await journey.ScheduleMeetingAsync(
            journey.Worker,
            "Initial",
            "2026-03-16",
            "10:00",
            "Riverside family centre"
        );

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 15, 0, 0, TimeSpan.Zero));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{initial}/outcome",
                new
                {
                    heldOn = "2026-03-16",
                    attendees = "Sam, Lee, social worker, team manager, council lawyer, Sam's solicitor",
                    parentsSolicitorsPresent = true,
                    progress = "Some",
                    decision = "Continue",
                    newActions = new[]
                    {
                        new
                        {
                            owner = "Parent",
                            description = "Go to the parenting course",
                            dueOn = "2026-04-20",
                        },
                    },
                }
            )
        );

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 23, 9, 0, 0, TimeSpan.Zero));
        var meetings = await journey.GetAsync("meetings");
        var action = meetings.GetProperty("actions")[0].GetProperty("id").GetGuid();
        var final = await journey.ScheduleMeetingAsync(journey.Manager, "Final", "2026-06-22", "14:30", "Civic centre");
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                $"meetings/{final}/outcome",
                new
                {
                    heldOn = "2026-06-22",
                    attendees = "Sam, social worker, team manager, council lawyer",
                    parentsSolicitorsPresent = false,
                    progress = "Little",
                    decision = "StepDown",
                    actionResults = new[] { new { actionId = action, result = "Done" } },
                }
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "exit",
                new
                {
                    outcome,
                    on = "2026-06-23",
                    reason = "Decision of the final meeting.",
                    courtApplicationOn,
                }
            )
        );

        var points = await journey.GetAsync("review-points");
        Assert.All(
            points.GetProperty("episodes").EnumerateArray(),
            e =>
            {
                Assert.Equal("closed", e.GetProperty("stage").GetString());
                Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(outcome), e.GetProperty("outcome").GetString());
            }
        );
        Assert.False(points.GetProperty("isOverdue").GetBoolean());
        var timeline = await journey.GetAsync("timeline");
        Assert.Equal(
            [
                "case-opened",
                "panel-agenda",
                "gateway-decision",
                "letter-sent",
                "plan-updated",
                "assessment-commissioned",
                "meeting-scheduled",
                "meeting-held",
                "meeting-scheduled",
                "action-reviewed",
                "meeting-held",
                "exit",
            ],
            timeline.EnumerateArray().Select(t => t.GetProperty("kind").GetString())
        );
        Assert.Equal("tm-1", timeline[timeline.GetArrayLength() - 1].GetProperty("userId").GetString());
        Assert.Equal("TeamManager", timeline[timeline.GetArrayLength() - 1].GetProperty("roles").GetString());

        var afterExit = await journey.ChangeAsync(journey.Worker, "letter-sent", new { sentOn = "2026-06-23" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, afterExit.StatusCode);
    }

    [Fact]
    public async Task Review_points_and_the_rationale_state_follow_the_clock()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);

        var onTime = await journey.GetAsync("review-points");
        Assert.Equal("2026-03-09", onTime.GetProperty("points")[0].GetProperty("dueOn").GetString());
        Assert.Equal("upcoming", onTime.GetProperty("points")[0].GetProperty("status").GetString());
        Assert.Equal("notNeeded", onTime.GetProperty("rationaleStatus").GetString());
        Assert.Equal("2026-06-22", onTime.GetProperty("episodes")[0].GetProperty("expectedEndDate").GetString());

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        var late = await journey.GetAsync("review-points");
        Assert.Equal("overdue", late.GetProperty("points")[0].GetProperty("status").GetString());
        Assert.Equal(3, late.GetProperty("points")[0].GetProperty("daysOverdue").GetInt32());
        Assert.Equal("missing", late.GetProperty("rationaleStatus").GetString());

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "delay-rationales",
                new
                {
                    reason = "ParentEngagement",
                    narrative = "Sam asked to see a solicitor before the letter is discussed.",
                    revisedDate = "2026-03-20",
                }
            )
        );
        Assert.Equal("recorded", (await journey.GetAsync("review-points")).GetProperty("rationaleStatus").GetString());

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal("missing", (await journey.GetAsync("review-points")).GetProperty("rationaleStatus").GetString());
    }

    [Fact]
    public async Task A_senior_manager_extends_and_the_decision_point_moves()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);

        var tooLong = await journey.ChangeAsync(
            journey.Senior,
            "extensions",
            new { weeks = 9, rationale = "Waiting for the expert." }
        );
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Senior,
                "extensions",
                new { weeks = 4, rationale = "Psychological assessment delayed." }
            )
        );

        var points = await journey.GetAsync("review-points");
        Assert.Equal("2026-07-20", Last(points.GetProperty("points")).GetProperty("dueOn").GetString());
        Assert.Equal("2026-07-20", points.GetProperty("episodes")[0].GetProperty("expectedEndDate").GetString());
    }

    [Fact]
    public async Task A_review_that_drops_an_open_action_is_rejected()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);
        await JourneyDriver.ItemAsync(await journey.ChangeAsync(journey.Worker, "plan", Plan, HttpMethod.Put));
        var initial = await journey.ScheduleMeetingAsync(journey.Worker, "Initial", "2026-03-02", "10:00", "Office");
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{initial}/outcome",
                new
                {
                    heldOn = "2026-03-02",
                    attendees = "Sam and the social worker",
                    parentsSolicitorsPresent = false,
                    progress = "Some",
                    decision = "Continue",
                    newActions = new[]
                    {
                        new
                        {
                            owner = "Parent",
                            description = "Go to the parenting course",
                            dueOn = "2026-04-20",
                        },
                        new
                        {
                            owner = "Council",
                            description = "Book the family group conference",
                            dueOn = "2026-03-20",
                        },
                    },
                }
            )
        );
        var review = await journey.ScheduleMeetingAsync(journey.Worker, "Review", "2026-03-02", "11:00", "Office");
        var versionBefore = journey.Version;
        var actions = (await journey.GetAsync("meetings")).GetProperty("actions").EnumerateArray().ToList();
        var booking = actions.Single(a => a.GetProperty("owner").GetString() == "council").GetProperty("id").GetGuid();

        var dropped = await journey.ChangeAsync(
            journey.Worker,
            $"meetings/{review}/outcome",
            new
            {
                heldOn = "2026-03-02",
                attendees = "Sam and the social worker",
                parentsSolicitorsPresent = false,
                progress = "Some",
                decision = "Continue",
                actionResults = new[] { new { actionId = booking, result = "Done" } },
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, dropped.StatusCode);
        var problem = await dropped.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(
            "parenting course",
            problem.GetProperty("errors").GetProperty("actionResults")[0].GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal(versionBefore, (await journey.GetAsync("meetings")).GetProperty("version").GetInt32());
    }

    private static JsonElement Last(JsonElement array) => array[array.GetArrayLength() - 1];

    [Fact]
    public async Task The_initial_meeting_needs_a_contingency_plan()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);
        var initial = await journey.ScheduleMeetingAsync(journey.Worker, "Initial", "2026-03-02", "10:00", "Office");

        var response = await journey.ChangeAsync(
            journey.Worker,
            $"meetings/{initial}/outcome",
            new
            {
                heldOn = "2026-03-02",
                attendees = "Sam",
                parentsSolicitorsPresent = false,
                progress = "Some",
                decision = "Continue",
            }
        );

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);
        var stale = new JourneyDriver(api, journey.CaseId, journey.Version);
        await JourneyDriver.ItemAsync(await journey.ChangeAsync(journey.Worker, "plan", Plan, HttpMethod.Put));

        var response = await stale.ChangeAsync(stale.Worker, "letter-sent", new { sentOn = "2026-03-02" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Dates_are_checked_and_the_field_is_named()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);

        var future = await journey.ChangeAsync(journey.Worker, "letter-sent", new { sentOn = "2026-03-03" });
        var beforeStart = await journey.ChangeAsync(journey.Worker, "letter-sent", new { sentOn = "2026-03-01" });
        var beforeOpened = await journey.ChangeAsync(
            journey.Worker,
            "assessments",
            new
            {
                kind = "Parenting",
                assessor = "ISW",
                commissionedOn = "2026-02-01",
                dueOn = "2026-04-01",
            }
        );

        foreach (
            var (response, field) in new[]
            {
                (future, "sentOn"),
                (beforeStart, "sentOn"),
                (beforeOpened, "commissionedOn"),
            }
        )
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(
                (await response.Content.ReadFromJsonAsync<JsonElement>())
                    .GetProperty("errors")
                    .TryGetProperty(field, out _),
                field
            );
        }
    }

    /// <summary>The initial meeting agrees the plan: no change can be due on or before it, whichever comes
    /// first.</summary>
    [Fact]
    public async Task A_change_due_before_the_meeting_that_agrees_the_plan_is_refused_naming_the_field()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, PanelDay);
        await JourneyDriver.ItemAsync(await journey.ChangeAsync(journey.Worker, "plan", Plan, HttpMethod.Put));

        // The plan's change is due on 30 April: a meeting on 1 May would agree it too late.
        var late = await journey.ChangeAsync(
            journey.Worker,
            "meetings",
            new
            {
                kind = "Initial",
                scheduledOn = "2026-05-01",
                startsAt = "10:00",
                place = "Office",
            }
        );
        await journey.ScheduleMeetingAsync(journey.Worker, "Initial", "2026-03-12", "10:00", "Office");
        var early = await journey.ChangeAsync(
            journey.Worker,
            "plan",
            new
            {
                concerns = new[] { new { description = "Amy was left alone overnight.", occurredOn = "2026-01-14" } },
                changes = new[]
                {
                    new
                    {
                        what = "Go to every check.",
                        who = "Sam",
                        byWhen = "2026-03-09",
                    },
                },
                support = Array.Empty<object>(),
                contingencyPlan = "Amy would stay with her aunt.",
            },
            HttpMethod.Put
        );

        foreach (
            var (response, field, says) in new[]
            {
                (late, "scheduledOn", "30 April 2026"),
                (early, "changes[0].byWhen", "12 March 2026"),
            }
        )
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), errors.ToString());
            Assert.Contains(says, messages[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_decision_needs_the_case_on_the_panel_agenda_and_the_panel_to_have_met()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.OpenAsync(api);
        var other = await JourneyDriver.OpenAsync(api);
        var meeting = await other.ScheduleGatewayMeetingAsync(PanelDay);
        var later = await journey.ScheduleGatewayMeetingAsync(PanelDay.AddDays(7));

        var notOnAgenda = await journey.SendAsync(
            journey.Panel,
            HttpMethod.Post,
            $"/api/gateway-meetings/{meeting}/decisions",
            new
            {
                caseId = journey.CaseId,
                option = "EnterPreProceedings",
                rationale = "Threshold met.",
                thresholdMet = true,
            }
        );
        var notYetMet = await journey.SendAsync(
            journey.Panel,
            HttpMethod.Post,
            $"/api/gateway-meetings/{later}/decisions",
            new
            {
                caseId = journey.CaseId,
                option = "EnterPreProceedings",
                rationale = "Threshold met.",
                thresholdMet = true,
            }
        );

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notOnAgenda.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notYetMet.StatusCode);
        var panel = await journey.Panel.GetFromJsonAsync<JsonElement>($"/api/gateway-meetings/{later}");
        Assert.Equal(journey.CaseId, panel.GetProperty("agenda")[0].GetProperty("caseId").GetGuid());
    }
}
