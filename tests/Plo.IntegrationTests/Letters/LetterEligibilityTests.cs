using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Letters;

/// <summary>A letter must fit the case: each kind is refused (422, saying why) before its moment and drafted after
/// it.</summary>
public class LetterEligibilityTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private async Task<JourneyDriver> EnteredAsync()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "plan", Plans.WithContingency, HttpMethod.Put)
        );
        return journey;
    }

    private static Task<HttpResponseMessage> DraftAsync(JourneyDriver journey, string kind) =>
        journey.Worker.PostAsJsonAsync($"/api/cases/{journey.CaseId}/letters", new { kind });

    private static async Task RefusedAsync(JourneyDriver journey, string kind, string because)
    {
        var response = await DraftAsync(journey, kind);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(because, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AllowedAsync(JourneyDriver journey, string kind) =>
        Assert.Equal(HttpStatusCode.Created, (await DraftAsync(journey, kind)).StatusCode);

    [Fact]
    public async Task The_letter_before_proceedings_needs_the_panels_decision_and_not_an_exit()
    {
        var opened = await JourneyDriver.OpenAsync(api);
        await RefusedAsync(opened, "LetterBeforeProceedings", "once the legal gateway panel has decided");
        var journey = await EnteredAsync();
        await AllowedAsync(journey, "LetterBeforeProceedings");
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "exit",
                new
                {
                    outcome = "SteppedDownToChildInNeedPlan",
                    on = "2026-03-02",
                    reason = "Things are better at home.",
                }
            )
        );
        await RefusedAsync(journey, "LetterBeforeProceedings", "Pre-proceedings have ended");
    }

    [Fact]
    public async Task The_unborn_baby_letter_needs_an_unborn_child()
    {
        await AllowedAsync(await EnteredAsync(), "LetterBeforeProceedingsUnborn");

        var family = CaseRequests.Family();
        var opened = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.SocialWorker, "user-1"),
            family with
            {
                Children = [family.Children[0]],
            }
        );
        var bornOnly = new JourneyDriver(api, opened.CaseId, 1);
        await bornOnly.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings");
        await RefusedAsync(bornOnly, "LetterBeforeProceedingsUnborn", "a case with an unborn child");
    }

    [Fact]
    public async Task Intent_to_issue_follows_a_decision_to_issue()
    {
        var journey = await EnteredAsync();
        await RefusedAsync(journey, "LetterOfIntentToIssue", "follows a decision to issue proceedings");
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
                    attendees = "Sam",
                    parentsSolicitorsPresent = true,
                    progress = "None",
                    decision = "IssueProceedings",
                }
            )
        );
        await AllowedAsync(journey, "LetterOfIntentToIssue");
    }

    [Fact]
    public async Task The_end_letter_follows_a_step_down_and_the_letter_of_issue_follows_proceedings()
    {
        var steppedDown = await EnteredAsync();
        await RefusedAsync(steppedDown, "EndOfPreProceedings", "after the case has stepped down");
        await RefusedAsync(steppedDown, "LetterOfIssue", "after proceedings have been issued");
        await JourneyDriver.ItemAsync(
            await steppedDown.ChangeAsync(
                steppedDown.Manager,
                "exit",
                new
                {
                    outcome = "SteppedDownToChildProtectionPlan",
                    on = "2026-03-02",
                    reason = "The plan is working.",
                }
            )
        );
        await AllowedAsync(steppedDown, "EndOfPreProceedings");
        await RefusedAsync(steppedDown, "LetterOfIssue", "after proceedings have been issued");

        var issued = await EnteredAsync();
        await JourneyDriver.ItemAsync(
            await issued.ChangeAsync(
                issued.Manager,
                "exit",
                new
                {
                    outcome = "ProceedingsIssued",
                    on = "2026-03-02",
                    reason = "Nothing has changed.",
                    courtApplicationOn = "2026-03-02",
                }
            )
        );
        await AllowedAsync(issued, "LetterOfIssue");
        await RefusedAsync(issued, "EndOfPreProceedings", "after the case has stepped down");
    }

    [Fact]
    public async Task A_review_invitation_needs_a_review_meeting_arranged()
    {
        var journey = await EnteredAsync();
        await RefusedAsync(journey, "ReviewMeetingInvitation", "Arrange the review meeting");
        await journey.ScheduleMeetingAsync(journey.Worker, "Review", "2026-04-13", "10:00", "Family Centre");
        await AllowedAsync(journey, "ReviewMeetingInvitation");
    }

    [Fact]
    public async Task A_letter_before_proceedings_without_a_contingency_plan_has_a_blocking_finding()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        var drafted = await (
            await DraftAsync(journey, "LetterBeforeProceedings")
        ).Content.ReadFromJsonAsync<JsonElement>();
        var letter = await journey.Worker.GetFromJsonAsync<JsonElement>(
            $"/api/letters/{drafted[0].GetProperty("id").GetGuid()}"
        );
        var finding = letter
            .GetProperty("report")
            .GetProperty("findings")
            .EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "case.contingency-plan");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        // marked on the heading of the part that should say it, and tied to the plan's contingency (slot S4)
        var text = letter.GetProperty("report").GetProperty("text").GetString()!;
        var marked = text.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32());
        Assert.Contains("if things do not change", marked, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("S4", finding.GetProperty("slot").GetString());
    }
}
