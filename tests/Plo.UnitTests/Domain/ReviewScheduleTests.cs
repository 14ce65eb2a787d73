using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using static Plo.UnitTests.Domain.JourneyBuilder;

namespace Plo.UnitTests.Domain;

public class ReviewScheduleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static IReadOnlyList<ReviewPoint> PointsOn(Plo.Domain.Cases.FamilyCase familyCase, DateOnly today) =>
        ReviewSchedule.For(familyCase, Calendar, today);

    [Fact]
    public void Schedules_the_key_dates_from_the_policy()
    {
        var familyCase = Entered(Start);

        var points = PointsOn(familyCase, Start);

        Assert.Equal(new DateOnly(2026, 3, 9), points[0].DueOn); // letter: 5 working days
        // initial meeting: 10 working days after the letter's due date
        Assert.Equal(new DateOnly(2026, 3, 23), points[1].DueOn);
        Assert.Equal(ReviewPointKind.DecisionPoint, points[^1].Kind);
        Assert.Equal(new DateOnly(2026, 6, 22), points[^1].DueOn); // 16 weeks
        Assert.All(points, p => Assert.Equal(ReviewPointStatus.Upcoming, p.Status));
    }

    [Fact]
    public void Reviews_follow_the_initial_meeting_every_six_weeks_until_the_decision_point()
    {
        var familyCase = Entered(Start);
        familyCase.RecordLetterSent(new DateOnly(2026, 3, 5));
        familyCase.WithContingencyPlan();
        familyCase.HoldMeeting(MeetingKind.Initial, new DateOnly(2026, 3, 16));

        var points = PointsOn(familyCase, new DateOnly(2026, 3, 20));

        Assert.Equal(
            [
                ReviewPointKind.LetterSent,
                ReviewPointKind.InitialMeeting,
                ReviewPointKind.Review,
                ReviewPointKind.Review,
                ReviewPointKind.DecisionPoint,
            ],
            points.Select(p => p.Kind)
        );
        Assert.Equal(new DateOnly(2026, 3, 19), points[1].DueOn); // 10 working days after the actual letter
        Assert.Equal((ReviewPointStatus.Met, new DateOnly(2026, 3, 16)), (points[1].Status, points[1].MetOn!.Value));
        Assert.Equal(new DateOnly(2026, 4, 27), points[2].DueOn);
        Assert.Equal(new DateOnly(2026, 6, 8), points[3].DueOn);
    }

    [Fact]
    public void A_passed_point_is_overdue_by_calendar_days()
    {
        var familyCase = Entered(Start);

        var letter = PointsOn(familyCase, new DateOnly(2026, 3, 12))[0];

        Assert.Equal(ReviewPointStatus.Overdue, letter.Status);
        Assert.Equal(3, letter.DaysOverdue);
    }

    [Fact]
    public void The_sixteen_week_point_moves_off_a_bank_holiday()
    {
        // + 16 weeks = Monday 28 December 2026, the Boxing Day substitute
        var familyCase = Entered(new DateOnly(2026, 9, 7));

        Assert.Equal(new DateOnly(2026, 12, 29), familyCase.Episodes[0].ExpectedEndDate);
        Assert.Equal(new DateOnly(2026, 12, 29), PointsOn(familyCase, new DateOnly(2026, 9, 7))[^1].DueOn);
    }

    [Fact]
    public void The_letter_due_date_counts_working_days_across_easter()
    {
        var familyCase = Entered(new DateOnly(2026, 4, 1));

        // Thu 2, Tue 7, Wed 8, Thu 9, Fri 10
        Assert.Equal(new DateOnly(2026, 4, 10), PointsOn(familyCase, new DateOnly(2026, 4, 1))[0].DueOn);
    }

    [Fact]
    public void Keeps_the_policy_the_episode_started_under()
    {
        var familyCase = OpenedOn(Start);
        var strict = new ReviewPolicy(
            LetterWithinWorkingDays: 2,
            InitialMeetingWithinWorkingDays: 5,
            ReviewEveryWeeks: 4,
            DecisionPointWeeks: 12
        );
        familyCase.RecordGatewayDecision(
            Decision(Start, Plo.Domain.Gateway.DecisionOption.EnterPreProceedings),
            "panel",
            strict,
            Calendar
        );

        var points = PointsOn(familyCase, Start);

        Assert.Equal(strict, familyCase.Episodes[0].Policy);
        Assert.Equal(new DateOnly(2026, 3, 4), points[0].DueOn);
        Assert.Equal(new DateOnly(2026, 5, 26), points[^1].DueOn); // 12 weeks = 25 May, the spring bank holiday
    }

    [Fact]
    public void Unmet_points_of_a_closed_journey_were_not_reached()
    {
        var familyCase = Entered(Start);
        familyCase.ExitPreProceedings(
            new CaseExit(ExitOutcome.NoFurtherAction, new DateOnly(2026, 3, 20), "Family moved abroad.", null)
        );

        var points = PointsOn(familyCase, new DateOnly(2026, 9, 1));

        Assert.Equal(ReviewPointStatus.NotReached, points[0].Status);
        Assert.Equal((ReviewPointStatus.Met, new DateOnly(2026, 3, 20)), (points[^1].Status, points[^1].MetOn!.Value));
    }
}
