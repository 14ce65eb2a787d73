using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Overview;

public class DashboardTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task Needs_you_names_what_is_missing_for_an_overdue_key_date_and_a_letter_waiting_for_approval()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2)); // letter due Monday 9 March
        var drafted = await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        drafted.EnsureSuccessStatusCode();
        var reference = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("reference")
            .GetString();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));

        var dashboard = await api.ClientFor(Roles.SeniorManager).GetFromJsonAsync<JsonElement>("/api/dashboard");
        var mine = dashboard
            .GetProperty("needsYou")
            .EnumerateArray()
            .Where(i => i.GetProperty("reference").GetString() == reference)
            .ToList();

        // one per child: the family has two
        var overdue = mine.Where(i => i.GetProperty("reason").GetString() == "overdueWithoutRationale").ToList();
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, i => Assert.Equal(7, i.GetProperty("days").GetInt32()));
        Assert.Contains(
            "reason for the delay",
            overdue[0].GetProperty("missing").GetString(),
            StringComparison.Ordinal
        );
        var letter = Assert.Single(mine, i => i.GetProperty("reason").GetString() == "letterAwaitingApproval");
        Assert.Contains("approval", letter.GetProperty("missing").GetString(), StringComparison.Ordinal);
        Assert.Equal(14, letter.GetProperty("days").GetInt32());
        // the overview row says why it is red, by the same rule
        var row = (await api.ClientFor(Roles.SeniorManager).GetFromJsonAsync<JsonElement>("/api/overview"))
            .GetProperty("rows")
            .EnumerateArray()
            .First(r => r.GetProperty("reference").GetString() == reference);
        Assert.Equal("red", row.GetProperty("rag").GetString());
        Assert.Contains(
            "Overdue by 7 days – no reason recorded",
            row.GetProperty("ragReasons").EnumerateArray().Select(r => r.GetString())
        );
    }

    [Fact]
    public async Task The_chart_figures_count_every_active_child_and_the_last_twelve_months()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero));
        var manager = api.ClientFor(Roles.SeniorManager);

        var dashboard = await manager.GetFromJsonAsync<JsonElement>("/api/dashboard");
        var summary = (await manager.GetFromJsonAsync<JsonElement>("/api/overview")).GetProperty("summary");

        var buckets = dashboard.GetProperty("byWeeks").EnumerateArray().ToList();
        Assert.Equal(
            summary.GetProperty("activeChildren").GetInt32(),
            buckets.Sum(b => b.GetProperty("children").GetInt32())
        );
        Assert.Equal(16, dashboard.GetProperty("expectedWeeks").GetInt32());
        var months = dashboard.GetProperty("keyDatesByMonth").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(
            (2026, 5),
            (months[^1].GetProperty("year").GetInt32(), months[^1].GetProperty("month").GetInt32())
        );
        Assert.Equal(
            summary.GetProperty("activeChildren").GetInt32(),
            dashboard
                .GetProperty("ragByTeam")
                .EnumerateArray()
                .Sum(t =>
                    t.GetProperty("red").GetInt32()
                    + t.GetProperty("amber").GetInt32()
                    + t.GetProperty("green").GetInt32()
                )
        );
    }

    [Fact]
    public async Task A_social_worker_sees_nothing_of_a_case_they_are_not_allocated()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));

        var stranger = await api.ClientFor(Roles.SocialWorker, "sw-nobody")
            .GetFromJsonAsync<JsonElement>("/api/dashboard");

        Assert.Equal(0, stranger.GetProperty("needsYou").GetArrayLength());
        Assert.Equal(
            0,
            stranger.GetProperty("byWeeks").EnumerateArray().Sum(b => b.GetProperty("children").GetInt32())
        );
    }

    [Fact]
    public async Task The_team_queue_names_meetings_without_an_outcome_and_carried_on_actions_past_their_new_date()
    {
        var journey = await ReviewedWithOneActionCarriedOnAsync();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 6, 9, 0, 0, TimeSpan.Zero)); // a Wednesday

        var queue = (await journey.Manager.GetFromJsonAsync<JsonElement>("/api/dashboard?everyDraftLetter=true"))
            .GetProperty("needsYou")
            .EnumerateArray()
            .Where(i => i.GetProperty("caseId").GetGuid() == journey.CaseId)
            .ToList();

        var meeting = Assert.Single(queue, i => i.GetProperty("reason").GetString() == "meetingOutcomeMissing");
        Assert.Equal(2, meeting.GetProperty("days").GetInt32());
        Assert.Contains(
            "Review meeting on 4 May 2026",
            meeting.GetProperty("subject").GetString(),
            StringComparison.Ordinal
        );
        var action = Assert.Single(queue, i => i.GetProperty("reason").GetString() == "carriedOnActionOverdue");
        Assert.Equal(16, action.GetProperty("days").GetInt32());
        Assert.Contains(
            "Go to the parenting course",
            action.GetProperty("subject").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_caseload_counts_the_actions_due_by_sunday_and_the_letters_in_draft()
    {
        var journey = await ReviewedWithOneActionCarriedOnAsync();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 6, 9, 0, 0, TimeSpan.Zero));
        var drafted = await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "ReviewMeetingInvitation" }
        );
        Assert.True(drafted.IsSuccessStatusCode, await drafted.Content.ReadAsStringAsync());

        var work = (await journey.Worker.GetFromJsonAsync<JsonElement>("/api/case-work?socialWorker=user-1"))
            .EnumerateArray()
            .Single(w => w.GetProperty("caseId").GetGuid() == journey.CaseId);
        var stranger = await api.ClientFor(Roles.SocialWorker, "sw-nobody")
            .GetFromJsonAsync<JsonElement>("/api/case-work");

        // carried on to 20 April (overdue) and agreed for Friday 8 May; the one due 29 May waits
        Assert.Equal(2, work.GetProperty("actionsDueThisWeek").GetInt32());
        Assert.Equal(1, work.GetProperty("actionsOverdue").GetInt32());
        Assert.True(work.GetProperty("lettersInDraft").GetInt32() >= 1);
        Assert.Equal(0, stranger.GetArrayLength());
    }

    [Fact]
    public async Task The_caseload_and_team_pages_show_the_same_work_and_queue()
    {
        var journey = await ReviewedWithOneActionCarriedOnAsync();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 6, 9, 0, 0, TimeSpan.Zero));
        (
            await journey.Worker.PostAsJsonAsync(
                $"/api/cases/{journey.CaseId}/letters",
                new { kind = "ReviewMeetingInvitation" }
            )
        ).EnsureSuccessStatusCode();
        var reference = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("reference")
            .GetString()!;

        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);
        var caseload = WebUtility.HtmlDecode(await worker.GetStringAsync("/caseload"));
        var manager = await PageSession.SignInAsync(api, "tm-1", Roles.TeamManager);
        var team = WebUtility.HtmlDecode(await manager.GetStringAsync("/team"));
        var summary = await worker.GetStringAsync($"/cases/{reference}");

        var row = caseload[caseload.IndexOf(reference, StringComparison.Ordinal)..];
        Assert.Contains("Actions due this week", caseload, StringComparison.Ordinal);
        Assert.Contains("2 due", row, StringComparison.Ordinal);
        Assert.Contains("1 overdue", row, StringComparison.Ordinal);
        Assert.Contains("in draft", row, StringComparison.Ordinal);
        Assert.Contains("Meeting – no outcome", team, StringComparison.Ordinal);
        Assert.Contains("Carried-on action overdue", team, StringComparison.Ordinal);
        Assert.Contains("Letter waiting for approval", team, StringComparison.Ordinal);
        Assert.Contains("RAG and why", summary, StringComparison.Ordinal);
        Assert.Matches("govuk-tag--(red|orange|green)", summary);
    }

    [Fact]
    public async Task Only_the_team_queue_lists_a_letter_drafted_today()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        (
            await journey.Worker.PostAsJsonAsync(
                $"/api/cases/{journey.CaseId}/letters",
                new { kind = "LetterBeforeProceedings" }
            )
        ).EnsureSuccessStatusCode();

        async Task<int> LettersAsync(string query) =>
            (await journey.Manager.GetFromJsonAsync<JsonElement>($"/api/dashboard{query}"))
                .GetProperty("needsYou")
                .EnumerateArray()
                .Count(i =>
                    i.GetProperty("caseId").GetGuid() == journey.CaseId
                    && i.GetProperty("reason").GetString() == "letterAwaitingApproval"
                );

        Assert.Equal(0, await LettersAsync(""));
        Assert.True(await LettersAsync("?everyDraftLetter=true") >= 1);
    }

    /// <summary>Initial meeting 2 March with two actions; review 6 April carries the course on to 20 April, the
    /// booking done, and agrees two more (8 May, 29 May); a second review on 4 May has no outcome yet.</summary>
    private async Task<JourneyDriver> ReviewedWithOneActionCarriedOnAsync()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "plan", Plans.WithContingency, HttpMethod.Put)
        );
        var initial = await journey.ScheduleMeetingAsync(journey.Worker, "Initial", "2026-03-02", "10:00", "Hub");
        await RecordAsync(
            journey,
            initial,
            "2026-03-02",
            [],
            [
                Action("Parent", "Go to the parenting course", "2026-03-30"),
                Action("Council", "Book the FGC", "2026-03-16"),
            ]
        );
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.Zero));
        var review = await journey.ScheduleMeetingAsync(journey.Worker, "Review", "2026-04-06", "10:00", "Hub");
        var open = (await journey.GetAsync("meetings")).GetProperty("actions").EnumerateArray().ToList();
        Guid Id(string owner) =>
            open.Single(a => a.GetProperty("owner").GetString() == owner).GetProperty("id").GetGuid();
        await RecordAsync(
            journey,
            review,
            "2026-04-06",
            [
                new
                {
                    actionId = Id("parent"),
                    result = "CarriedOn",
                    newDueOn = "2026-04-20",
                },
                new { actionId = Id("council"), result = "Done" },
            ],
            [
                Action("Parent", "Show the health visitor the room", "2026-05-08"),
                Action("Council", "Pay for travel", "2026-05-29"),
            ]
        );
        await journey.ScheduleMeetingAsync(journey.Worker, "Review", "2026-05-04", "10:00", "Hub");
        return journey;
    }

    private static object Action(string owner, string description, string dueOn) =>
        new
        {
            owner,
            description,
            dueOn,
        };

    private static async Task RecordAsync(
        JourneyDriver journey,
        Guid meeting,
        string heldOn,
        object[] actionResults,
        object[] newActions
    ) =>
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{meeting}/outcome",
                new
                {
                    heldOn,
                    attendees = "Sam",
                    parentsSolicitorsPresent = false,
                    progress = "Some",
                    decision = "Continue",
                    actionResults,
                    newActions,
                }
            )
        );
}
