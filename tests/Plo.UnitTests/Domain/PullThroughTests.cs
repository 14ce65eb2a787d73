using Plo.Domain.Cases;
using Plo.Domain.Meetings;
using Plo.Domain.Supervision;

namespace Plo.UnitTests.Domain;

/// <summary>Written-agreement actions, reviewed at each meeting.</summary>
public sealed class MeetingPullThroughTests : PullThroughContract
{
    protected override FamilyCase AfterFirstSession(params string[] actions)
    {
        var c = JourneyBuilder.Entered(Entered);
        c.WithContingencyPlan();
        c.HoldMeeting(
            MeetingKind.Initial,
            First,
            null,
            [.. actions.Select(a => new NewAction(ActionOwner.Parent, a, Second))]
        );
        return c;
    }

    protected override void HoldSession(
        FamilyCase familyCase,
        DateOnly on,
        IReadOnlyDictionary<Guid, ActionOutcome> results,
        params (string What, DateOnly Due)[] newActions
    ) =>
        familyCase.HoldMeeting(
            MeetingKind.Review,
            on,
            results,
            [.. newActions.Select(a => new NewAction(ActionOwner.Council, a.What, a.Due))]
        );

    protected override IReadOnlyList<PulledThroughAction> Actions(FamilyCase familyCase) => familyCase.Actions;

    protected override int Sessions(FamilyCase familyCase) => familyCase.Meetings.Count(m => m.IsHeld);
}

/// <summary>Supervision actions, reviewed at each supervision session.</summary>
public sealed class SupervisionPullThroughTests : PullThroughContract
{
    protected override FamilyCase AfterFirstSession(params string[] actions)
    {
        var c = JourneyBuilder.Entered(Entered);
        Supervise(c, First, new Dictionary<Guid, ActionOutcome>(), [.. actions.Select(a => (a, Second))]);
        return c;
    }

    protected override void HoldSession(
        FamilyCase familyCase,
        DateOnly on,
        IReadOnlyDictionary<Guid, ActionOutcome> results,
        params (string What, DateOnly Due)[] newActions
    ) => Supervise(familyCase, on, results, newActions);

    protected override IReadOnlyList<PulledThroughAction> Actions(FamilyCase familyCase) =>
        familyCase.SupervisionActions;

    protected override int Sessions(FamilyCase familyCase) => familyCase.Supervisions.Count;

    private static void Supervise(
        FamilyCase c,
        DateOnly on,
        IReadOnlyDictionary<Guid, ActionOutcome> results,
        (string What, DateOnly Due)[] newActions
    ) =>
        c.RecordSupervision(
            new SupervisionNotes(
                on,
                "tm-1",
                "sw-1",
                "Visits are happening weekly.",
                "Amy says home feels calmer.",
                "Keep the plan; chase the GP."
            ),
            results,
            [.. newActions.Select(a => new NewSupervisionAction("Social worker", a.What, a.Due))],
            "tm-1",
            on.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)
        );
}
