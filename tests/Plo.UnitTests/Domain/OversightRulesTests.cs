using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;
using Plo.Domain.Supervision;

namespace Plo.UnitTests.Domain;

public sealed class OversightRulesTests
{
    private static readonly DateOnly Monday2March = new(2026, 3, 2);

    [Fact]
    public void Supervision_is_due_20_working_days_after_the_start_and_then_after_each_session()
    {
        var c = JourneyBuilder.Entered(Monday2March);
        c.RefreshDerivedState(JourneyBuilder.Calendar, Monday2March);
        Assert.Equal(new DateOnly(2026, 3, 30), c.SupervisionDueOn);

        Supervise(c, new DateOnly(2026, 3, 20));
        c.RefreshDerivedState(JourneyBuilder.Calendar, new DateOnly(2026, 3, 20));

        // 20 working days from Friday 20 March, stepping over Good Friday and Easter Monday 2026.
        Assert.Equal(new DateOnly(2026, 4, 21), c.SupervisionDueOn);
        var points = SupervisionSchedule.For(c, JourneyBuilder.Calendar, new DateOnly(2026, 4, 24));
        Assert.Equal(
            [
                (ReviewPointKind.Supervision, 1, ReviewPointStatus.Met, new DateOnly(2026, 3, 30)),
                (ReviewPointKind.Supervision, 2, ReviewPointStatus.Overdue, new DateOnly(2026, 4, 21)),
            ],
            points.Select(p => (p.Kind, p.Number, p.Status, p.DueOn))
        );
        Assert.Equal(3, points[1].DaysOverdue);
    }

    [Fact]
    public void Supervision_follows_the_policy_the_episode_started_under_and_stops_when_it_ends()
    {
        var c = JourneyBuilder.OpenedOn(Monday2March);
        c.RecordGatewayDecision(
            JourneyBuilder.Decision(Monday2March, Plo.Domain.Gateway.DecisionOption.EnterPreProceedings),
            "panel",
            ReviewPolicy.Default with
            {
                SupervisionEveryWorkingDays = 10,
            },
            JourneyBuilder.Calendar
        );
        c.RefreshDerivedState(JourneyBuilder.Calendar, Monday2March);
        Assert.Equal(new DateOnly(2026, 3, 16), c.SupervisionDueOn);

        var off = JourneyBuilder.OpenedOn(Monday2March);
        off.RecordGatewayDecision(
            JourneyBuilder.Decision(Monday2March, Plo.Domain.Gateway.DecisionOption.EnterPreProceedings),
            "panel",
            ReviewPolicy.Default with
            {
                SupervisionEveryWorkingDays = 0,
            },
            JourneyBuilder.Calendar
        );
        off.RefreshDerivedState(JourneyBuilder.Calendar, Monday2March);
        Assert.Null(off.SupervisionDueOn);
        Assert.Empty(SupervisionSchedule.For(off, JourneyBuilder.Calendar, Monday2March));
    }

    [Fact]
    public void Sessions_are_recorded_in_order_and_new_actions_fall_due_after_the_session()
    {
        var c = JourneyBuilder.Entered(Monday2March);
        Supervise(c, new DateOnly(2026, 3, 20));

        var early = Assert.Throws<DomainValidationException>(() => Supervise(c, new DateOnly(2026, 3, 19)));
        Assert.Equal("heldOn", early.Field);
        var due = Assert.Throws<DomainValidationException>(() =>
            Supervise(c, new DateOnly(2026, 3, 27), ("Chase the GP", new DateOnly(2026, 3, 27)))
        );
        Assert.Equal("newActions[0].dueOn", due.Field);
        Assert.Single(c.Supervisions);
    }

    [Fact]
    public void A_significant_change_after_the_last_assessment_makes_a_reassessment_due_until_another_is_completed()
    {
        var c = JourneyBuilder.Entered(Monday2March);
        var parenting = c.CommissionAssessment(
            AssessmentKind.Parenting,
            null,
            "Assessor A",
            Monday2March,
            Monday2March.AddDays(20)
        );
        c.RecordSignificantChange(
            SignificantChangeKind.Move,
            new DateOnly(2026, 3, 5),
            "Moved to a flat.",
            "sw-1",
            At(5)
        );
        c.RefreshDerivedState(JourneyBuilder.Calendar, Monday2March);
        Assert.Null(c.ReassessmentDueSince); // nothing completed yet: the assessment under way will see the move

        c.UpdateAssessment(parenting.Id, Monday2March.AddDays(20), new DateOnly(2026, 3, 10), "Good enough care.");
        c.RecordSignificantChange(
            SignificantChangeKind.NewAdultInHousehold,
            new DateOnly(2026, 3, 20),
            "A new partner moved in.",
            "sw-1",
            At(20)
        );
        c.RecordSignificantChange(
            SignificantChangeKind.NewIncidentOrConcern,
            new DateOnly(2026, 3, 25),
            "Police called.",
            "sw-1",
            At(25)
        );
        c.RefreshDerivedState(JourneyBuilder.Calendar, new DateOnly(2026, 3, 26));
        Assert.Equal(new DateOnly(2026, 3, 20), c.ReassessmentDueSince);
        Assert.Contains(
            c.PendingEvents,
            e => e.Kind == "significant-change" && e.Summary.Contains("reassessment is due")
        );

        var update = c.CommissionAssessment(
            AssessmentKind.Parenting,
            null,
            "Assessor A",
            new DateOnly(2026, 3, 21),
            new DateOnly(2026, 4, 20)
        );
        c.UpdateAssessment(
            update.Id,
            new DateOnly(2026, 4, 20),
            new DateOnly(2026, 3, 22),
            "Updated for the new partner."
        );
        c.RefreshDerivedState(JourneyBuilder.Calendar, new DateOnly(2026, 4, 1));
        Assert.Equal(new DateOnly(2026, 3, 25), c.ReassessmentDueSince); // the incident came after the update

        c.UpdateAssessment(
            update.Id,
            new DateOnly(2026, 4, 20),
            new DateOnly(2026, 3, 25),
            "Updated after the incident too."
        );
        c.RefreshDerivedState(JourneyBuilder.Calendar, new DateOnly(2026, 4, 1));
        Assert.Null(c.ReassessmentDueSince); // completed the same day as the last change
    }

    private static DateTime At(int marchDay) => new(2026, 3, marchDay, 12, 0, 0, DateTimeKind.Utc);

    private static void Supervise(FamilyCase c, DateOnly on, params (string What, DateOnly Due)[] actions) =>
        c.RecordSupervision(
            new SupervisionNotes(on, "tm-1", "sw-1", "Steady.", "Amy is settled.", "Carry on."),
            new Dictionary<Guid, ActionOutcome>(),
            [.. actions.Select(a => new NewSupervisionAction("Social worker", a.What, a.Due))],
            "tm-1",
            on.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)
        );
}
