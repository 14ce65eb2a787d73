using Plo.Application.Journey;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;
using Plo.Domain.Supervision;

namespace Plo.Infrastructure.DemoData;

/// <summary>Invented families (no real person), each at a different point of the journey relative to today.</summary>
internal sealed class DemoFamilies(DateOnly today, JourneyOptions options, WorkingDayCalendar calendar)
{
    private static readonly Allocation Team = new("sw.jordan", "tm.morgan", "la.rivers");
    private static readonly Allocation OtherTeam = new("sw.casey", "tm.quinn", "la.rivers");

    /// <summary>The panel meetings the demo families went to.</summary>
    public List<GatewayMeeting> PanelMeetings { get; } = [];

    public IEnumerable<Func<CaseReference, FamilyCase>> All() =>
        [InReview, AwaitingLetterForUnbornBaby, ExtendedWithRationale, NotYetAtPanel];

    /// <summary>Entered ten weeks ago; letter sent, initial meeting held with actions, in review.</summary>
    private FamilyCase InReview(CaseReference reference)
    {
        var familyCase = Open(
            reference,
            Team,
            72,
            [
                Child.Create("Amy", "Brookfield", today.AddYears(-4).AddDays(-30), null),
                Child.Create("Ben", "Brookfield", today.AddYears(-2).AddDays(-90), null),
            ],
            [
                Parent("Sarah", "Brookfield", "Mother", "12 Example Road", "ZZ1 1AA"),
                Parent(
                    "Tom",
                    "Hollins",
                    "Father",
                    "4 Sample Close",
                    "ZZ1 2BB",
                    solicitor: new Solicitor("Priya Demo", "Demo Family Law", "01632 960001", "priya@example.org")
                ),
            ]
        );
        Enter(familyCase, 70);
        familyCase.RecordLetterSent(today.AddDays(-66));
        familyCase.UpdatePlan(SamplePlan("Amy and Ben", "Sarah and Tom", "their aunt, Jo"));
        familyCase.CommissionAssessment(
            AssessmentKind.Parenting,
            null,
            "Independent social worker",
            today.AddDays(-60),
            today.AddDays(14)
        );
        Hold(
            familyCase,
            MeetingKind.Initial,
            -55,
            [],
            new NewAction(ActionOwner.Parent, "Go to every session of the parenting course", today.AddDays(20)),
            new NewAction(ActionOwner.Council, "Book a family group conference", today.AddDays(-40))
        );
        var booking = familyCase.Actions.Single(a => a.Owner == ActionOwner.Council);
        var course = familyCase.Actions.Single(a => a.Owner == ActionOwner.Parent);
        Hold(
            familyCase,
            MeetingKind.Review,
            -13,
            new() { [booking.Id] = ActionOutcome.Done, [course.Id] = ActionOutcome.CarriedOn(today.AddDays(30)) }
        );
        Supervise(
            familyCase,
            -50,
            [],
            new NewSupervisionAction("Jordan Shah", "Chase the parenting assessor for a start date", today.AddDays(-30))
        );
        var chase = familyCase.SupervisionActions.Single();
        Supervise(
            familyCase,
            -22,
            new()
            {
                [chase.Id] = ActionOutcome.CarriedOn(today.AddDays(7), "The assessor is on leave until next week."),
            }
        );
        return familyCase;
    }

    /// <summary>An unborn baby; the panel decided eight days ago and the letter has not gone yet (overdue, no
    /// rationale).</summary>
    private FamilyCase AwaitingLetterForUnbornBaby(CaseReference reference)
    {
        var familyCase = Open(
            reference,
            Team,
            10,
            [Child.Create("Baby", "Ashworth", null, today.AddDays(70))],
            [Parent("Leah", "Ashworth", "Mother", "7 Placeholder Street", "ZZ2 3CC")]
        );
        Enter(familyCase, 8);
        return familyCase;
    }

    /// <summary>Past 16 weeks and a review overdue: a senior manager extended it and the team manager recorded
    /// why.</summary>
    private FamilyCase ExtendedWithRationale(CaseReference reference)
    {
        var familyCase = Open(
            reference,
            OtherTeam,
            130,
            [Child.Create("Kai", "Fernley", today.AddYears(-9), null)],
            [
                Parent(
                    "Dana",
                    "Fernley",
                    "Mother",
                    "88 Fictional Way",
                    "ZZ3 4DD",
                    language: "Polish",
                    interpreter: true
                ),
                FamilyMember.Create(
                    new NewFamilyMember("Rose", "Fernley", "Grandmother", false, null, null, false, null)
                ),
            ]
        );
        Enter(familyCase, 125);
        familyCase.RecordLetterSent(today.AddDays(-121));
        familyCase.UpdatePlan(SamplePlan("Kai", "Dana", "his grandmother, Rose"));
        familyCase.CommissionAssessment(
            AssessmentKind.Psychological,
            null,
            "Clinical psychologist",
            today.AddDays(-100),
            today.AddDays(10)
        );
        Hold(familyCase, MeetingKind.Initial, -110, []);
        Hold(familyCase, MeetingKind.Review, -68, []);
        var viability = familyCase.CommissionAssessment(
            AssessmentKind.FamilyAndFriendsViability,
            null,
            "Kinship assessor",
            today.AddDays(-105),
            today.AddDays(-80)
        );
        familyCase.UpdateAssessment(
            viability.Id,
            today.AddDays(-80),
            today.AddDays(-82),
            "Rose can offer respite care."
        );
        Supervise(familyCase, -95, []);
        Supervise(familyCase, -60, []);
        Supervise(familyCase, -33, []);
        familyCase.RecordSignificantChange(
            SignificantChangeKind.Move,
            today.AddDays(-12),
            "Rose has moved into a care home and can no longer offer respite care.",
            "sw.casey",
            today.AddDays(-11).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc)
        );
        familyCase.ApproveExtension(
            6,
            "The psychological assessment of Dana is delayed by the expert's availability.",
            options.MaxExtensionWeeks,
            today.AddDays(-14),
            "sm.patel",
            calendar
        );
        familyCase.RecordDelayRationale(
            DelayReason.ExpertAvailability,
            "Waiting for the psychologist's report, now promised within two weeks.",
            today.AddDays(21),
            today.AddDays(-2),
            "tm.quinn",
            options.MaxExtensionWeeks
        );
        return familyCase;
    }

    /// <summary>Opened and waiting for the legal gateway panel.</summary>
    private FamilyCase NotYetAtPanel(CaseReference reference) =>
        Open(
            reference,
            OtherTeam,
            3,
            [
                Child.Create("Mia", "Thornbury", today.AddYears(-12), null),
                Child.Create("Leo", "Thornbury", today.AddYears(-6), null),
                Child.Create("Ivy", "Thornbury", today.AddMonths(-8), null),
            ],
            [
                Parent("Chris", "Thornbury", "Father", "3 Nowhere Lane", "ZZ4 5EE"),
                Parent("Jo", "Marsh", "Mother", "3 Nowhere Lane", "ZZ4 5EE"),
            ]
        );

    private FamilyCase Open(
        CaseReference reference,
        Allocation allocation,
        int daysAgo,
        IReadOnlyList<Child> children,
        IReadOnlyList<FamilyMember> adults
    ) =>
        FamilyCase.Open(
            reference,
            allocation,
            children,
            adults,
            today.AddDays(-daysAgo).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            DemoDataSeeder.SeedUser
        );

    private void Enter(FamilyCase familyCase, int daysAgo)
    {
        var panel = GatewayMeeting.Schedule(
            today.AddDays(-daysAgo),
            "Head of Service (demo)",
            [
                new PanelAttendee("Council lawyer (demo)", "Legal adviser"),
                new PanelAttendee("Team manager (demo)", "Team manager"),
            ],
            [familyCase.Id]
        );
        PanelMeetings.Add(panel);
        familyCase.RecordGatewayDecision(
            new GatewayDecisionInput(
                panel.Id,
                panel.MeetingDate,
                DecisionOption.EnterPreProceedings,
                "Threshold met: concerns continue despite a child protection plan.",
                true,
                "Parenting assessment to start at once.",
                null,
                null
            ),
            "panel.chair",
            options.Policy,
            calendar
        );
    }

    private void Hold(
        FamilyCase familyCase,
        MeetingKind kind,
        int dayOffset,
        Dictionary<Guid, ActionOutcome> results,
        params NewAction[] actions
    )
    {
        var on = today.AddDays(dayOffset);
        var meeting = familyCase.ScheduleMeeting(kind, on, new TimeOnly(10, 0), "Riverside family centre");
        familyCase.RecordMeetingOutcome(
            meeting.Id,
            new MeetingOutcome(
                on,
                "Parents, social worker, team manager, council lawyer",
                true,
                ProgressRating.Some,
                MeetingDecision.Continue,
                null
            ),
            results,
            actions
        );
    }

    /// <summary>A team manager's supervision of the case, <paramref name="dayOffset"/> days from today.</summary>
    private void Supervise(
        FamilyCase familyCase,
        int dayOffset,
        Dictionary<Guid, ActionOutcome> results,
        params NewSupervisionAction[] actions
    )
    {
        var on = today.AddDays(dayOffset);
        familyCase.RecordSupervision(
            new SupervisionNotes(
                on,
                familyCase.Allocation.TeamManagerId,
                familyCase.Allocation.SocialWorkerId,
                "Visits are happening as planned and the parents are using the support offered.",
                "The children say mornings at home are calmer; school reports better attendance.",
                "Keep to the plan and review the contingency plan at the next meeting."
            ),
            results,
            actions,
            familyCase.Allocation.TeamManagerId,
            on.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)
        );
    }

    private CasePlan SamplePlan(string children, string parents, string relative) =>
        CasePlan.Of(
            [
                new Concern($"{children} were left alone at home overnight.", today.AddDays(-90), null),
                new Concern("The police were called to a fight at home.", null, "The night of the neighbour's party"),
            ],
            [new RequiredChange($"Make sure an adult is always at home with {children}.", parents, today.AddDays(30))],
            [
                new SupportOffer("Visits from a family support worker", "Early help team", "Every Tuesday morning"),
                new SupportOffer("Help to plan meals and shopping", "The Family Hub", "since last spring", true),
            ],
            new FamilyNetwork(true, today.AddDays(-60), null, false, null),
            $"If {children} cannot stay safely at home, we would ask {relative}, if they can help care for them."
        );

    private static FamilyMember Parent(
        string first,
        string last,
        string relationship,
        string street,
        string postcode,
        string? language = null,
        bool interpreter = false,
        Solicitor? solicitor = null
    ) =>
        FamilyMember.Create(
            new NewFamilyMember(
                first,
                last,
                relationship,
                true,
                new Address(street, null, "Exampletown", postcode),
                language,
                interpreter,
                solicitor
            )
        );
}
