using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Oversight;

/// <summary>Supervision with its actions pulled through, reassessment after a significant change, and caseloads and
/// changes of worker, through the API with the RAG rules as shipped.</summary>
public class OversightApiTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private void At(int month, int day) =>
        api.Clock.SetUtcNow(new DateTimeOffset(2026, month, day, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A family entered on Monday 2 March 2026 whose key dates are all met or ahead: letter sent on 3 March,
    /// initial meeting held on 16 March, first review due on 27 April. Its own social worker keeps tests apart.
    /// </summary>
    private async Task<JourneyDriver> OnTrackFamilyAsync(string socialWorker)
    {
        At(3, 2);
        var opened = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.SocialWorker, socialWorker),
            CaseRequests.Family(socialWorker)
        );
        var journey = new JourneyDriver(api, opened.CaseId, 1);
        await journey.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings");
        var worker = api.ClientFor(Roles.SocialWorker, socialWorker);
        At(3, 16);
        await JourneyDriver.ItemAsync(await journey.ChangeAsync(worker, "letter-sent", new { sentOn = "2026-03-03" }));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                worker,
                "plan",
                new
                {
                    concerns = Array.Empty<object>(),
                    changes = Array.Empty<object>(),
                    support = Array.Empty<object>(),
                    contingencyPlan = "If Amy is not safe at home, we will ask the court to decide where she lives.",
                },
                HttpMethod.Put
            )
        );
        var meeting = await journey.ScheduleMeetingAsync(worker, "Initial", "2026-03-16", "10:00", "Family Centre");
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                worker,
                $"meetings/{meeting}/outcome",
                new
                {
                    heldOn = "2026-03-16",
                    attendees = "Sam, social worker",
                    parentsSolicitorsPresent = true,
                    progress = "Some",
                    decision = "Continue",
                }
            )
        );
        return journey;
    }

    private static object Session(
        string heldOn,
        string socialWorker,
        object[]? results = null,
        object[]? actions = null
    ) =>
        new
        {
            heldOn,
            superviseeId = socialWorker,
            progress = "The family are using the support offered.",
            childExperience = "Amy says her mum is calmer in the mornings.",
            decisions = "Keep to the plan; chase the nursery place.",
            actionResults = results ?? [],
            newActions = actions ?? [],
        };

    private async Task<JsonElement> RowAsync(JourneyDriver journey) =>
        (
            await api.ClientFor(Roles.SeniorManager, "sm-1")
                .GetFromJsonAsync<JsonElement>($"/api/overview?caseId={journey.CaseId}")
        ).GetProperty("rows")[0];

    private static Task<JsonElement> CaseAsync(JourneyDriver journey) =>
        journey.Manager.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}");

    [Fact]
    public async Task A_team_manager_records_sessions_and_each_open_action_is_pulled_through_to_the_next()
    {
        var journey = await OnTrackFamilyAsync("sw-pull");
        At(3, 20);
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "supervision",
                Session(
                    "2026-03-20",
                    "sw-pull",
                    actions:
                    [
                        new
                        {
                            owner = "Social worker",
                            description = "Ask the nursery for a place",
                            dueOn = "2026-04-03",
                        },
                        new
                        {
                            owner = "Team manager",
                            description = "Book a legal planning meeting",
                            dueOn = "2026-04-10",
                        },
                    ]
                )
            )
        );
        var supervision = await journey.GetAsync("supervision", journey.Manager);
        var open = supervision.GetProperty("openActions").EnumerateArray().ToList();
        Assert.Equal(2, open.Count);
        var nursery = open.Single(a => a.GetProperty("description").GetString() == "Ask the nursery for a place");
        var legal = open.Single(a => a.GetProperty("description").GetString() == "Book a legal planning meeting");

        At(4, 17);
        var dropped = await journey.ChangeAsync(
            journey.Manager,
            "supervision",
            Session("2026-04-17", "sw-pull", [new { actionId = nursery.GetProperty("actionId"), result = "Done" }])
        );
        Assert.Equal(HttpStatusCode.BadRequest, dropped.StatusCode);
        var problem = await dropped.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(
            "Book a legal planning meeting",
            problem.GetProperty("errors").GetProperty("actionResults")[0].GetString(),
            StringComparison.Ordinal
        );
        Assert.Single(
            (await journey.GetAsync("supervision", journey.Manager)).GetProperty("sessions").EnumerateArray()
        );

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "supervision",
                Session(
                    "2026-04-17",
                    "sw-pull",
                    [
                        new { actionId = nursery.GetProperty("actionId"), result = "Done" },
                        new
                        {
                            actionId = legal.GetProperty("actionId"),
                            result = "CarriedOn",
                            reason = "The lawyer was on leave.",
                            newDueOn = "2026-05-01",
                        },
                    ]
                )
            )
        );

        supervision = await journey.GetAsync("supervision", journey.Manager);
        var carried = Assert.Single(supervision.GetProperty("openActions").EnumerateArray());
        Assert.Equal("Book a legal planning meeting", carried.GetProperty("description").GetString());
        Assert.Equal("2026-05-01", carried.GetProperty("dueOn").GetString());
        Assert.Equal("carriedOn", carried.GetProperty("result").GetString());
        var latest = supervision.GetProperty("sessions")[0];
        Assert.Equal("2026-04-17", latest.GetProperty("heldOn").GetString());
        Assert.Equal(
            ["done", "carriedOn"],
            latest.GetProperty("actionsReviewed").EnumerateArray().Select(a => a.GetProperty("result").GetString())
        );
        Assert.Equal("Amy says her mum is calmer in the mornings.", latest.GetProperty("childExperience").GetString());

        var timeline = await journey.GetAsync("timeline", journey.Manager);
        Assert.Equal(
            2,
            timeline.EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "supervision-recorded")
        );
    }

    [Fact]
    public async Task Only_a_team_manager_records_supervision_and_only_the_cases_reach_reads_it_with_every_read_logged()
    {
        var journey = await OnTrackFamilyAsync("sw-reach");
        At(3, 20);

        var byWorker = await journey.ChangeAsync(
            api.ClientFor(Roles.SocialWorker, "sw-reach"),
            "supervision",
            Session("2026-03-20", "sw-reach")
        );
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        var otherWorker = await api.ClientFor(Roles.SocialWorker, "sw-elsewhere")
            .GetAsync($"/api/cases/{journey.CaseId}/supervision");
        Assert.Equal(HttpStatusCode.NotFound, otherWorker.StatusCode);

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Manager, "supervision", Session("2026-03-20", "sw-reach"))
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await api.ClientFor(Roles.SocialWorker, "sw-reach").GetAsync($"/api/cases/{journey.CaseId}/supervision")
            ).StatusCode
        );
        var log = await journey.Senior.GetFromJsonAsync<JsonElement>($"/api/audit/access?caseId={journey.CaseId}");
        Assert.Contains(
            log.GetProperty("items").EnumerateArray(),
            r =>
                r.GetProperty("what").GetString() == "GetSupervisionQuery"
                && r.GetProperty("userId").GetString() == "sw-reach"
        );
    }

    [Fact]
    public async Task Supervision_overdue_turns_the_row_amber_then_red_after_the_policys_days_and_a_session_clears_it()
    {
        var journey = await OnTrackFamilyAsync("sw-overdue");
        var row = await RowAsync(journey);
        Assert.Equal("green", row.GetProperty("rag").GetString());
        Assert.Equal("2026-03-30", row.GetProperty("supervisionDueOn").GetString()); // 20 working days from 2 March

        At(3, 31);
        row = await RowAsync(journey);
        Assert.Equal("amber", row.GetProperty("rag").GetString());
        Assert.Equal(1, row.GetProperty("supervisionDaysOverdue").GetInt32());
        Assert.Equal(
            ["Supervision overdue by 1 day"],
            row.GetProperty("ragReasons").EnumerateArray().Select(r => r.GetString())
        );
        var points = (await journey.GetAsync("review-points", journey.Manager))
            .GetProperty("supervision")
            .EnumerateArray()
            .ToList();
        Assert.Equal("overdue", Assert.Single(points).GetProperty("status").GetString());

        At(4, 10);
        row = await RowAsync(journey);
        Assert.Equal("red", row.GetProperty("rag").GetString()); // overdue by 11 days, more than the 10 allowed
        Assert.Equal(
            ["Supervision overdue by 11 days – more than 10 days"],
            row.GetProperty("ragReasons").EnumerateArray().Select(r => r.GetString())
        );
        var summary = (
            await api.ClientFor(Roles.SeniorManager, "sm-1").GetFromJsonAsync<JsonElement>("/api/overview")
        ).GetProperty("summary");
        Assert.True(summary.GetProperty("supervisionOverdue").GetInt32() >= 2); // both children of this family

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Manager, "supervision", Session("2026-04-10", "sw-overdue"))
        );
        row = await RowAsync(journey);
        Assert.Equal("green", row.GetProperty("rag").GetString());
        Assert.Equal("2026-05-11", row.GetProperty("supervisionDueOn").GetString()); // after the May bank holiday
        points = (await journey.GetAsync("review-points", journey.Manager))
            .GetProperty("supervision")
            .EnumerateArray()
            .ToList();
        Assert.Equal(["met", "upcoming"], points.Select(p => p.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_significant_change_after_the_last_assessment_makes_a_reassessment_due_until_an_update()
    {
        var journey = await OnTrackFamilyAsync("sw-change");
        var assessment = (
            await JourneyDriver.ItemAsync(
                await journey.ChangeAsync(
                    journey.Manager,
                    "assessments",
                    new
                    {
                        kind = "Parenting",
                        assessor = "Independent assessor",
                        commissionedOn = "2026-03-04",
                        dueOn = "2026-03-13",
                    }
                )
            )
        ).GetProperty("itemId").GetGuid();
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                $"assessments/{assessment}",
                new
                {
                    dueOn = "2026-03-13",
                    completedOn = "2026-03-13",
                    outcome = "Care is good enough with support.",
                },
                HttpMethod.Put
            )
        );
        Assert.Equal(JsonValueKind.Null, (await CaseAsync(journey)).GetProperty("reassessmentDueSince").ValueKind);

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "significant-changes",
                new
                {
                    kind = "NewAdultInHousehold",
                    occurredOn = "2026-03-14",
                    description = "A new partner moved in.",
                }
            )
        );
        var changes = await journey.GetAsync("significant-changes", journey.Manager);
        Assert.Equal("2026-03-14", changes.GetProperty("reassessment").GetProperty("dueSince").GetString());
        Assert.Equal(2, changes.GetProperty("reassessment").GetProperty("daysSinceChange").GetInt32());
        Assert.Equal("2026-03-14", (await CaseAsync(journey)).GetProperty("reassessmentDueSince").GetString());
        var row = await RowAsync(journey);
        Assert.Equal("2026-03-14", row.GetProperty("reassessmentDueSince").GetString());
        Assert.Equal(2, row.GetProperty("daysSinceSignificantChange").GetInt32());
        var timeline = await journey.GetAsync("timeline", journey.Manager);
        Assert.Contains(
            timeline.EnumerateArray(),
            e =>
                e.GetProperty("kind").GetString() == "significant-change"
                && e.GetProperty("summary").GetString()!.Contains("A new partner moved in.", StringComparison.Ordinal)
        );
        var dashboard = await api.ClientFor(Roles.TeamManager, "tm-1").GetFromJsonAsync<JsonElement>("/api/dashboard");
        Assert.Contains(
            dashboard.GetProperty("needsYou").EnumerateArray(),
            i =>
                i.GetProperty("reason").GetString() == "reassessmentDue"
                && i.GetProperty("caseId").GetGuid() == journey.CaseId
        );

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                $"assessments/{assessment}",
                new
                {
                    dueOn = "2026-03-13",
                    completedOn = "2026-03-16",
                    outcome = "Updated: the partner is supportive.",
                },
                HttpMethod.Put
            )
        );
        changes = await journey.GetAsync("significant-changes", journey.Manager);
        Assert.Equal(JsonValueKind.Null, changes.GetProperty("reassessment").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await RowAsync(journey)).GetProperty("reassessmentDueSince").ValueKind);
    }

    [Fact]
    public async Task Caseloads_children_waiting_for_a_social_worker_and_changes_of_worker_are_in_the_overview_and_csv()
    {
        var journey = await OnTrackFamilyAsync("sw-load");
        var senior = api.ClientFor(Roles.SeniorManager, "sm-1");
        var caseloads = (await senior.GetFromJsonAsync<JsonElement>("/api/overview"))
            .GetProperty("summary")
            .GetProperty("caseloads");
        var held = caseloads.EnumerateArray().Single(c => c.GetProperty("userId").GetString() == "sw-load");
        Assert.Equal(2, held.GetProperty("childrenInPreProceedings").GetInt32());
        Assert.False(held.GetProperty("holdingForSocialWorker").GetBoolean());

        api.ClientFor(Roles.SocialWorker, "sw-load-2"); // in the staff directory
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "allocation/social-worker",
                new { userId = "sw-load-2", reason = "Sam Jordan is on long-term leave." },
                HttpMethod.Put
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "allocation/social-worker",
                new { userId = "tm-1", reason = "Held by the team manager until a new worker starts." },
                HttpMethod.Put
            )
        );

        var overview = await senior.GetFromJsonAsync<JsonElement>($"/api/overview?caseId={journey.CaseId}");
        var row = overview.GetProperty("rows")[0];
        Assert.Equal(2, row.GetProperty("socialWorkerChangesLast12Months").GetInt32());
        Assert.True(row.GetProperty("workerChangesAmber").GetBoolean()); // 2 or more, as shipped
        Assert.True(row.GetProperty("waitingForSocialWorker").GetBoolean());
        var summary = (await senior.GetFromJsonAsync<JsonElement>("/api/overview")).GetProperty("summary");
        Assert.True(summary.GetProperty("waitingForSocialWorker").GetInt32() >= 2);
        Assert.Contains(
            summary.GetProperty("caseloads").EnumerateArray(),
            c => c.GetProperty("userId").GetString() == "tm-1" && c.GetProperty("holdingForSocialWorker").GetBoolean()
        );
        Assert.DoesNotContain(
            summary.GetProperty("caseloads").EnumerateArray(),
            c => c.GetProperty("userId").GetString() == "sw-load"
        );

        var csv = await senior.GetStringAsync($"/api/overview.csv?caseId={journey.CaseId}");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(
            "supervision_due,supervision_days_overdue,reassessment_due_since,days_since_significant_change,"
                + "social_worker_changes_last_12_months,waiting_for_social_worker,social_worker_caseload",
            lines[0],
            StringComparison.Ordinal
        );
        var cells = lines[1].Split(',');
        Assert.Equal(["2026-03-30", "0", "", "", "2", "yes"], cells[^7..^1]);
        Assert.True(int.Parse(cells[^1], System.Globalization.CultureInfo.InvariantCulture) >= 2);
    }
}
