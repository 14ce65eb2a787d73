using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Auditing;

public class EveryCommandIsRecordedTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    /// <summary>Runs every kind of command once, through the API, as the role that would.</summary>
    private async Task RunEveryCommandAsync()
    {
        // open, schedule the panel with an agenda, decide
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        var other = await JourneyDriver.OpenAsync(api);
        var panel = await journey.ScheduleGatewayMeetingAsync(new DateOnly(2026, 3, 9));
        await journey.Panel.PostAsJsonAsync($"/api/gateway-meetings/{panel}/agenda", new { caseId = other.CaseId });

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                "plan",
                new
                {
                    concerns = new[] { new { description = "Amy was alone at home.", occurredOn = "2026-02-14" } },
                    changes = new[]
                    {
                        new
                        {
                            what = "Make sure an adult is at home.",
                            who = "Sam",
                            byWhen = "2026-04-30",
                        },
                    },
                    support = Array.Empty<object>(),
                    contingencyPlan = "If Amy is not safe, we will ask the court to decide where she lives.",
                },
                HttpMethod.Put
            )
        );
        var assessment = (
            await JourneyDriver.ItemAsync(
                await journey.ChangeAsync(
                    journey.Worker,
                    "assessments",
                    new
                    {
                        kind = "Parenting",
                        assessor = "An assessor",
                        commissionedOn = "2026-03-02",
                        dueOn = "2026-04-02",
                    }
                )
            )
        ).GetProperty("itemId").GetGuid();
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"assessments/{assessment}",
                new { dueOn = "2026-04-09" },
                HttpMethod.Put
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "letter-sent", new { sentOn = "2026-03-02" })
        );
        var meeting = await journey.ScheduleMeetingAsync(
            journey.Worker,
            "Initial",
            "2026-03-02",
            "10:00",
            "Family Centre"
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{meeting}/outcome",
                new
                {
                    heldOn = "2026-03-02",
                    attendees = "Sam, Jo",
                    parentsSolicitorsPresent = true,
                    progress = "Some",
                    decision = "Continue",
                }
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                $"meetings/{meeting}/outcome",
                new
                {
                    heldOn = "2026-03-02",
                    attendees = "Sam, Jo and Sam's solicitor",
                    parentsSolicitorsPresent = true,
                    progress = "Some",
                    decision = "Continue",
                    reason = "The solicitor was missing from the first record.",
                },
                HttpMethod.Put
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "supervision",
                new
                {
                    heldOn = "2026-03-02",
                    superviseeId = "user-1",
                    progress = "The letter went out on time.",
                    childExperience = "Amy says school is better.",
                    decisions = "Keep to the plan.",
                }
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                "significant-changes",
                new
                {
                    kind = "Move",
                    occurredOn = "2026-03-02",
                    description = "The family moved to a new flat.",
                }
            )
        );
        var person = (
            await JourneyDriver.ItemAsync(
                await journey.ChangeAsync(
                    journey.Worker,
                    "family-members",
                    new
                    {
                        person = new
                        {
                            firstName = "Lee",
                            lastName = "Example",
                            relationship = "Father",
                            hasParentalResponsibility = false,
                        },
                    }
                )
            )
        ).GetProperty("itemId").GetGuid();
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"family-members/{person}",
                new { phone = "01632 960001" },
                HttpMethod.Put
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"family-members/{person}/end-involvement",
                new { endedOn = "2026-03-02", reason = "Moved away." }
            )
        );
        var kit = (
            await JourneyDriver.ItemAsync(
                await journey.ChangeAsync(
                    journey.Worker,
                    "children",
                    new
                    {
                        child = new
                        {
                            firstName = "Kit",
                            lastName = "Example",
                            dateOfBirth = "2026-01-10",
                        },
                        joinedOn = "2026-03-02",
                    }
                )
            )
        ).GetProperty("itemId").GetGuid();
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"children/{kit}/date-of-birth",
                new { dateOfBirth = "2026-01-11", reason = "Typing error." },
                HttpMethod.Put
            )
        );
        api.ClientFor(Roles.SocialWorker, "sw-other");
        api.ClientFor(Roles.TeamManager, "tm-other");
        await JourneyDriver.ItemAsync(
            await other.ChangeAsync(
                other.Manager,
                "allocation/social-worker",
                new { userId = "sw-other", reason = "Caseloads." },
                HttpMethod.Put
            )
        );
        await JourneyDriver.ItemAsync(
            await other.ChangeAsync(
                other.Senior,
                "allocation/team-manager",
                new { userId = "tm-other", reason = "Teams." },
                HttpMethod.Put
            )
        );
        api.ClientFor(Roles.LegalAdviser, "la-1");
        (
            await journey.Manager.PostAsJsonAsync(
                "/api/cases/retrospective",
                new
                {
                    @case = CaseRequests.Family(),
                    history = new
                    {
                        panelDecidedOn = "2026-01-05",
                        panelRationale = "Neglect despite a plan.",
                        letterSentOn = "2026-01-09",
                    },
                }
            )
        ).EnsureSuccessStatusCode();
        var unborn = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("children")
            .EnumerateArray()
            .First(c => c.GetProperty("isUnborn").GetBoolean())
            .GetProperty("id")
            .GetGuid();
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, $"children/{unborn}/birth", new { dateOfBirth = "2026-03-01" })
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "delay-rationales",
                new
                {
                    reason = "Other",
                    narrative = "Waiting for a report.",
                    revisedDate = "2026-03-20",
                }
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Senior,
                "extensions",
                new { weeks = 2, rationale = "The report is late." }
            )
        );

        var drafted = await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        var letter = (await drafted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetGuid();
        foreach (
            var (client, action) in new[]
            {
                (journey.Worker, "regenerate"),
                (journey.Manager, "approve"),
                (journey.Senior, "issue"),
            }
        )
        {
            var version = (await client.GetFromJsonAsync<JsonElement>($"/api/letters/{letter}"))
                .GetProperty("version")
                .GetInt32();
            (
                await client.PostAsJsonAsync(
                    $"/api/letters/{letter}/{action}",
                    new
                    {
                        version,
                        acknowledgeErrors = true,
                        overrideCategory = "CourtTimetable",
                        overrideReason = "Urgent: the court timetable cannot wait.",
                        translationAttached = true,
                    }
                )
            ).EnsureSuccessStatusCode();
        }

        var team = await (
            await journey.Senior.PostAsJsonAsync("/api/teams", new { name = "Northside", managerId = "tm-1" })
        ).Content.ReadFromJsonAsync<JsonElement>();
        (
            await journey.Senior.PutAsJsonAsync(
                $"/api/teams/{team.GetProperty("id").GetGuid()}",
                new
                {
                    version = team.GetProperty("version").GetInt32(),
                    name = "Northside team",
                    managerId = "tm-1",
                }
            )
        ).EnsureSuccessStatusCode();
        var details = new
        {
            displayName = "Alex New",
            roles = new[] { "SocialWorker" },
            isActive = true,
        };
        var added = await (
            await journey.Senior.PostAsJsonAsync("/api/staff", new { userId = "sw-new", details })
        ).Content.ReadFromJsonAsync<JsonElement>();
        (
            await journey.Senior.PutAsJsonAsync(
                "/api/staff/sw-new",
                new { version = added.GetProperty("version").GetInt32(), details = details with { isActive = false } }
            )
        ).EnsureSuccessStatusCode();

        var current = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("version")
            .GetInt32();
        (
            await journey.Manager.PostAsJsonAsync(
                $"/api/cases/{journey.CaseId}/exit",
                new
                {
                    version = current,
                    outcome = "SteppedDownToChildInNeedPlan",
                    on = "2026-03-02",
                    reason = "Things are better at home.",
                }
            )
        ).EnsureSuccessStatusCode();
    }

    /// <summary>The staff directory is about no case: its changes are audited, with no case to name.</summary>
    private static readonly string[] DirectoryCommands =
    [
        "AddStaffMemberCommand",
        "UpdateStaffMemberCommand",
        "AddTeamCommand",
        "UpdateTeamCommand",
    ];

    [Fact]
    public async Task Every_command_writes_its_cases_timeline_and_an_audit_row_naming_the_case()
    {
        await RunEveryCommandAsync();

        var audits = await api.InDatabaseAsync(db => db.AuditRecords.AsNoTracking().ToListAsync());
        var timeline = await api.InDatabaseAsync(db => db.Timeline.AsNoTracking().ToListAsync());
        var commands = typeof(OpenCaseCommand)
            .Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBaseCommand).IsAssignableFrom(t))
            .Select(t => t.Name);

        Assert.Empty(commands.Except(audits.Select(a => a.Action))); // a new command must be run here too
        Assert.All(
            audits.Where(a => !DirectoryCommands.Contains(a.Action)),
            a =>
            {
                Assert.True(a.CaseId is not null, $"{a.Action} wrote an audit row that names no case.");
                Assert.True(
                    timeline.Exists(t => t.CaseId == a.CaseId && t.At == a.At && t.UserId == a.UserId),
                    $"{a.Action} wrote nothing on the timeline of case {a.CaseId}."
                );
            }
        );
    }
}
