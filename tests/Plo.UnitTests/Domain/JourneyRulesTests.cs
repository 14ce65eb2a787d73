using Plo.Domain.Common;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using static Plo.UnitTests.Domain.JourneyBuilder;

namespace Plo.UnitTests.Domain;

public class JourneyRulesTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void Entering_pre_proceedings_starts_an_episode_per_child()
    {
        var familyCase = Entered(Start);

        Assert.Equal(2, familyCase.Episodes.Count);
        Assert.All(
            familyCase.Episodes,
            e => Assert.Equal((EpisodeStage.AwaitingLetter, Start), (e.Stage, e.StartDate))
        );
        Assert.Equal(familyCase.Children.Select(c => c.Id).Order(), familyCase.Episodes.Select(e => e.ChildId).Order());
    }

    [Fact]
    public void An_unborn_child_keeps_its_episode_when_born()
    {
        var familyCase = Entered(Start, unborn: true);
        var baby = familyCase.Children[0];

        familyCase.RecordBirth(baby.Id, new DateOnly(2026, 4, 20), "Rosa");

        Assert.False(baby.IsUnborn);
        Assert.Equal("Rosa", baby.FirstName);
        Assert.NotNull(baby.ExpectedDueDate);
        Assert.Equal(baby.Id, Assert.Single(familyCase.Episodes).ChildId);
    }

    [Fact]
    public void Cannot_enter_twice() =>
        Assert.Throws<DomainRuleViolationException>(() =>
            Entered(Start)
                .RecordGatewayDecision(
                    Decision(Start, DecisionOption.EnterPreProceedings),
                    "panel",
                    ReviewPolicy.Default,
                    Calendar
                )
        );

    [Fact]
    public void A_decision_cannot_predate_the_case() =>
        Assert.Equal(
            "decidedOn",
            Assert
                .Throws<DomainValidationException>(() =>
                    OpenedOn(Start)
                        .RecordGatewayDecision(
                            Decision(Start.AddDays(-1), DecisionOption.ChildInNeedPlan),
                            "panel",
                            ReviewPolicy.Default,
                            Calendar
                        )
                )
                .Field
        );

    [Fact]
    public void Coming_back_and_ratifying_need_their_details()
    {
        var familyCase = OpenedOn(Start);
        Assert.Equal(
            "comeBackOn",
            Assert
                .Throws<DomainValidationException>(() =>
                    familyCase.RecordGatewayDecision(
                        Decision(Start, DecisionOption.ComeBackToPanel),
                        "panel",
                        ReviewPolicy.Default,
                        Calendar
                    )
                )
                .Field
        );
        Assert.Equal(
            "ratification",
            Assert
                .Throws<DomainValidationException>(() =>
                    familyCase.RecordGatewayDecision(
                        Decision(Start, DecisionOption.RatifyDecision),
                        "panel",
                        ReviewPolicy.Default,
                        Calendar
                    )
                )
                .Field
        );

        familyCase.RecordGatewayDecision(
            Decision(Start, DecisionOption.RatifyDecision) with
            {
                Ratification = new Ratification("Head of service", Start.AddDays(-0), "Police protection"),
            },
            "panel",
            ReviewPolicy.Default,
            Calendar
        );
        Assert.Single(familyCase.Decisions);
    }

    [Fact]
    public void The_initial_meeting_outcome_needs_a_contingency_plan()
    {
        var familyCase = Entered(Start);
        var meeting = familyCase.ScheduleMeeting(
            MeetingKind.Initial,
            Start.AddDays(10),
            new TimeOnly(10, 0),
            "Family centre"
        );

        Assert.Throws<DomainRuleViolationException>(() =>
            familyCase.RecordMeetingOutcome(
                meeting.Id,
                Outcome(Start.AddDays(10)),
                new Dictionary<Guid, ActionOutcome>(),
                []
            )
        );

        familyCase.WithContingencyPlan();
        familyCase.RecordMeetingOutcome(
            meeting.Id,
            Outcome(Start.AddDays(10)),
            new Dictionary<Guid, ActionOutcome>(),
            []
        );
        Assert.All(familyCase.Episodes, e => Assert.Equal(EpisodeStage.InitialMeetingHeld, e.Stage));
    }

    [Fact]
    public void A_meeting_cannot_be_held_before_its_scheduled_date()
    {
        var familyCase = Entered(Start);
        familyCase.WithContingencyPlan();
        var meeting = familyCase.ScheduleMeeting(
            MeetingKind.Initial,
            Start.AddDays(10),
            new TimeOnly(10, 0),
            "Family centre"
        );

        Assert.Equal(
            "heldOn",
            Assert
                .Throws<DomainValidationException>(() =>
                    familyCase.RecordMeetingOutcome(
                        meeting.Id,
                        Outcome(Start.AddDays(9)),
                        new Dictionary<Guid, ActionOutcome>(),
                        []
                    )
                )
                .Field
        );
    }

    [Fact]
    public void A_review_that_drops_an_open_action_is_rejected()
    {
        var familyCase = Entered(Start);
        familyCase.WithContingencyPlan();
        familyCase.HoldMeeting(
            MeetingKind.Initial,
            Start.AddDays(10),
            null,
            new NewAction(ActionOwner.Parent, "Attend parenting course", Start.AddDays(40)),
            new NewAction(ActionOwner.Council, "Refer to family group conference", Start.AddDays(20))
        );
        var (course, referral) = (familyCase.Actions[0], familyCase.Actions[1]);

        var ex = Assert.Throws<DomainValidationException>(() =>
            familyCase.HoldMeeting(
                MeetingKind.Review,
                Start.AddDays(50),
                new Dictionary<Guid, ActionOutcome> { [referral.Id] = ActionOutcome.Done }
            )
        );
        Assert.Equal("actionResults", ex.Field);
        Assert.Contains("Attend parenting course", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Open, referral.Status); // nothing half-applied

        familyCase.HoldMeeting(
            MeetingKind.Review,
            Start.AddDays(51),
            new Dictionary<Guid, ActionOutcome>
            {
                [referral.Id] = ActionOutcome.Done,
                [course.Id] = ActionOutcome.CarriedOn(Start.AddDays(80)),
            }
        );
        Assert.Equal((ActionStatus.Done, ActionStatus.Open), (referral.Status, course.Status));
        Assert.Single(course.Reviews);
        Assert.All(familyCase.Episodes, e => Assert.Equal(EpisodeStage.InReview, e.Stage));
    }

    [Fact]
    public void Overdue_without_a_current_rationale_is_missing()
    {
        var familyCase = Entered(Start);
        var late = new DateOnly(2026, 3, 12);

        Assert.Equal(RationaleStatus.NotNeeded, Status(familyCase, Start).Rationale);
        Assert.Equal(
            (true, RationaleStatus.Missing),
            (Status(familyCase, late).IsOverdue, Status(familyCase, late).Rationale)
        );

        familyCase.RecordDelayRationale(
            DelayReason.ParentEngagement,
            "Parents asked for more time to find a solicitor.",
            new DateOnly(2026, 3, 20),
            late,
            "tm-1",
            8
        );
        Assert.Equal(RationaleStatus.Recorded, Status(familyCase, late).Rationale);
        Assert.Equal(RationaleStatus.Missing, Status(familyCase, new DateOnly(2026, 3, 21)).Rationale);
    }

    [Fact]
    public void A_rationale_cannot_excuse_a_delay_past_the_expected_end_plus_the_longest_extension()
    {
        var familyCase = Entered(Start);
        var end = familyCase.Episodes[0].ExpectedEndDate;

        var tooLate = Assert.Throws<DomainValidationException>(() =>
            familyCase.RecordDelayRationale(DelayReason.Other, "Waiting.", end.AddDays((8 * 7) + 1), Start, "tm-1", 8)
        );
        familyCase.RecordDelayRationale(DelayReason.Other, "Waiting.", end.AddDays(8 * 7), Start, "tm-1", 8);

        Assert.Equal("revisedDate", tooLate.Field);
        Assert.Throws<DomainValidationException>(() =>
            familyCase.RecordDelayRationale(DelayReason.Other, "Waiting.", Start.AddDays(-1), Start, "tm-1", 8)
        );
    }

    private static JourneyStatus Status(Plo.Domain.Cases.FamilyCase familyCase, DateOnly today) =>
        JourneyStatus.Of(familyCase, ReviewSchedule.For(familyCase, Calendar, today), today);

    [Fact]
    public void An_extension_moves_the_expected_end_within_the_limit()
    {
        var familyCase = Entered(Start);

        Assert.Equal(
            "weeks",
            Assert
                .Throws<DomainValidationException>(() =>
                    familyCase.ApproveExtension(9, "Assessment late", 8, Start, "sm-1", Calendar)
                )
                .Field
        );
        familyCase.ApproveExtension(4, "Psychological assessment late", 8, Start, "sm-1", Calendar);
        familyCase.ApproveExtension(2, "Expert report late", 8, Start, "sm-1", Calendar);

        Assert.Equal(new DateOnly(2026, 8, 3), familyCase.Episodes[0].ExpectedEndDate);
        Assert.Equal(
            [new DateOnly(2026, 6, 22), new DateOnly(2026, 7, 20)],
            familyCase.Extensions.Select(e => e.PreviousEndDate)
        );
    }

    [Fact]
    public void Exit_closes_every_episode_and_the_case_takes_no_more_journey_commands()
    {
        var familyCase = Entered(Start);

        familyCase.ExitPreProceedings(
            new CaseExit(ExitOutcome.ProceedingsIssued, Start.AddDays(30), "No change.", Start.AddDays(29))
        );

        Assert.All(
            familyCase.Episodes,
            e => Assert.Equal((EpisodeStage.Closed, ExitOutcome.ProceedingsIssued), (e.Stage, e.Outcome!.Value))
        );
        Assert.Throws<DomainRuleViolationException>(() => familyCase.RecordLetterSent(Start.AddDays(31)));
        Assert.Throws<DomainRuleViolationException>(() => familyCase.UpdatePlan(Plo.Domain.Planning.CasePlan.Empty()));
    }

    [Fact]
    public void Issuing_proceedings_needs_the_court_application_date() =>
        Assert.Equal(
            "courtApplicationOn",
            Assert
                .Throws<DomainValidationException>(() =>
                    Entered(Start)
                        .ExitPreProceedings(
                            new CaseExit(ExitOutcome.ProceedingsIssued, Start.AddDays(30), "No change.", null)
                        )
                )
                .Field
        );

    [Fact]
    public void Journey_commands_need_pre_proceedings() =>
        Assert.Throws<DomainRuleViolationException>(() =>
            OpenedOn(Start).ScheduleMeeting(MeetingKind.Initial, Start, new TimeOnly(10, 0), "Office")
        );

    [Fact]
    public void Every_change_is_on_the_timeline()
    {
        var familyCase = Entered(Start);
        familyCase.RecordLetterSent(Start.AddDays(2));

        Assert.Equal(["case-opened", "gateway-decision", "letter-sent"], familyCase.PendingEvents.Select(e => e.Kind));
    }
}
