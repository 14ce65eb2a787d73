using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;

namespace Plo.UnitTests.Domain;

/// <summary>Builds families at a given point of the journey for domain tests.</summary>
internal static class JourneyBuilder
{
    public static readonly WorkingDayCalendar Calendar = new();

    public static FamilyCase OpenedOn(DateOnly opened, bool unborn = false) =>
        FamilyCase.Open(
            CaseReference.For(opened.Year, 1),
            new Allocation("sw-1", "tm-1", "la-1"),
            unborn
                ? [Child.Create("Baby", "Example", null, opened.AddDays(60))]
                :
                [
                    Child.Create("Amy", "Example", new DateOnly(2021, 4, 1), null),
                    Child.Create("Ben", "Example", new DateOnly(2023, 9, 1), null),
                ],
            [
                FamilyMember.Create(
                    new NewFamilyMember(
                        "Sam",
                        "Example",
                        "Mother",
                        true,
                        new Address("1 Test St", null, "Testtown", "ZZ1 1AA"),
                        null,
                        false,
                        null
                    )
                ),
            ],
            opened.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            "sw-1"
        );

    public static FamilyCase Entered(DateOnly decidedOn, bool unborn = false)
    {
        var familyCase = OpenedOn(decidedOn, unborn);
        familyCase.RecordGatewayDecision(
            Decision(decidedOn, DecisionOption.EnterPreProceedings),
            "panel",
            ReviewPolicy.Default,
            Calendar
        );
        return familyCase;
    }

    public static GatewayDecisionInput Decision(DateOnly on, DecisionOption option) =>
        new(Guid.NewGuid(), on, option, "Threshold met after review of chronology.", true, null, null, null);

    public static void WithContingencyPlan(this FamilyCase familyCase) =>
        familyCase.UpdatePlan(
            CasePlan.Of(
                [new Concern("Amy missed school", new DateOnly(2026, 1, 12), null)],
                [new RequiredChange("Take Amy to school every day", "Sam", new DateOnly(2026, 5, 1))],
                [new SupportOffer("Family support worker", "Children's services", "Every Tuesday")],
                null,
                "If things do not change we will ask the court to decide."
            )
        );

    public static Meeting HoldMeeting(
        this FamilyCase familyCase,
        MeetingKind kind,
        DateOnly on,
        IReadOnlyDictionary<Guid, ActionOutcome>? results = null,
        params NewAction[] newActions
    )
    {
        var meeting = familyCase.ScheduleMeeting(kind, on, new TimeOnly(10, 0), "Family centre");
        familyCase.RecordMeetingOutcome(
            meeting.Id,
            Outcome(on),
            results ?? new Dictionary<Guid, ActionOutcome>(),
            newActions
        );
        return meeting;
    }

    public static MeetingOutcome Outcome(DateOnly on) =>
        new(on, "Sam, social worker, team manager, lawyer", true, ProgressRating.Some, MeetingDecision.Continue, null);
}
