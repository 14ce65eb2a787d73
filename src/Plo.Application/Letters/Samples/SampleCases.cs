using Plo.Application.Letters.Model;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;

namespace Plo.Application.Letters.Samples;

/// <summary>
/// Built-in sample families (all invented) that every template must render for with no plain-language
/// errors and a reading age of 11 or less. They go through the real domain model and letter builder.
/// </summary>
public static class SampleCases
{
    public static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateOnly Opened = new(2026, 2, 20);
    private static readonly WorkingDayCalendar Calendar = new();

    public static IReadOnlyList<SampleCase> All(bool withExit = false) =>
        [TwoChildren(withExit), UnbornBaby(withExit), OneChild(withExit)];

    private static SampleCase TwoChildren(bool withExit)
    {
        var sam = Parent(
            "Sam",
            "Example",
            "Mother",
            solicitor: new Solicitor("Pat Law", "Example Family Law", "01632 960000", "pat@example.org")
        );
        var c = Open(
            [
                Child.Create("Amy", "Example", new DateOnly(2021, 4, 1), null),
                Child.Create("Ben", "Example", new DateOnly(2023, 9, 1), null),
            ],
            [sam, Parent("Lee", "Sample", "Father")]
        );
        c.UpdatePlan(
            CasePlan.Of(
                [
                    new Concern("Amy and Ben were alone at home all night.", new DateOnly(2026, 1, 14), null),
                    new Concern(
                        "Amy told her teacher she was scared because there was no food at home.",
                        new DateOnly(2026, 2, 3),
                        null
                    ),
                ],
                [
                    new RequiredChange(
                        "Make sure an adult is always at home with Amy and Ben.",
                        "Sam and Lee",
                        new DateOnly(2026, 3, 16)
                    ),
                    new RequiredChange("Take Ben to his health visit.", "Sam", new DateOnly(2026, 3, 20)),
                ],
                [
                    new SupportOffer(
                        "Visits from a family support worker",
                        "Early help team",
                        "every week since November 2025",
                        AlreadyGiven: true
                    ),
                    new SupportOffer(
                        "A family support worker who will visit you",
                        "Early help team",
                        "every Tuesday morning"
                    ),
                    new SupportOffer(
                        "A place on a parenting course",
                        "Riverside Family Centre",
                        "every Monday from 16 March 2026"
                    ),
                ],
                new FamilyNetwork(true, Opened, null, false, null),
                "If Amy and Ben cannot stay safely at home, we would ask their aunt, Jo, if they can live with her "
                    + "for a while."
            )
        );
        c.CommissionAssessment(
            AssessmentKind.Parenting,
            null,
            "Jo Bloggs, a social worker who works on her own",
            Opened,
            new DateOnly(2026, 4, 24)
        );
        return Finish("two-children", c, sam, withExit);
    }

    private static SampleCase UnbornBaby(bool withExit)
    {
        var leah = Parent("Leah", "Ashworth", "Mother", language: "Polish", interpreter: true);
        var c = Open([Child.Create("Baby", "Ashworth", null, new DateOnly(2026, 5, 20))], [leah]);
        c.UpdatePlan(
            CasePlan.Of(
                [new Concern("Your older child was taken to hospital with a burn.", null, "Last summer")],
                [new RequiredChange("Go to every check with your midwife.", "Leah", new DateOnly(2026, 4, 30))],
                [new SupportOffer("A midwife who will visit you at home", "The hospital", "every two weeks")],
                null,
                "If your baby cannot go home with you, we would look for a foster family near you, so you can see "
                    + "your baby often."
            )
        );
        return Finish("unborn-baby", c, leah, withExit);
    }

    private static SampleCase OneChild(bool withExit)
    {
        var dana = Parent("Dana", "Fernley", "Mother");
        var c = Open([Child.Create("Kai", "Fernley", new DateOnly(2017, 6, 10), null)], [dana]);
        c.UpdatePlan(
            CasePlan.Of(
                [new Concern("Kai missed school for three weeks.", new DateOnly(2026, 1, 30), null)],
                [new RequiredChange("Take Kai to school every day.", "Dana", new DateOnly(2026, 3, 27))],
                [],
                null,
                "If Kai cannot stay safely at home, we would ask his grandad, Tom, if Kai can live with him."
            )
        );
        return Finish("one-child", c, dana, withExit);
    }

    private static FamilyCase Open(IReadOnlyList<Child> children, IReadOnlyList<FamilyMember> adults)
    {
        var c = FamilyCase.Open(
            CaseReference.For(2026, 42),
            new Allocation("sw.jordan", "tm.morgan", "la.rivers"),
            children,
            adults,
            Opened.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            "sw.jordan"
        );
        c.RecordGatewayDecision(
            new GatewayDecisionInput(
                Guid.Empty,
                new DateOnly(2026, 2, 24),
                DecisionOption.EnterPreProceedings,
                "Threshold met.",
                true,
                null,
                null,
                null
            ),
            "panel",
            ReviewPolicy.Default,
            Calendar
        );
        return c;
    }

    private static SampleCase Finish(string name, FamilyCase c, FamilyMember recipient, bool withExit)
    {
        c.ScheduleMeeting(
            MeetingKind.Initial,
            new DateOnly(2026, 3, 12),
            new TimeOnly(10, 0),
            "Riverside Family Centre, 4 River Road, Exampletown ZZ9 8YY"
        );
        c.ScheduleMeeting(
            MeetingKind.Review,
            new DateOnly(2026, 4, 20),
            new TimeOnly(14, 30),
            "Riverside Family Centre, 4 River Road, Exampletown ZZ9 8YY"
        );
        c.ScheduleMeeting(
            MeetingKind.Final,
            new DateOnly(2026, 6, 15),
            new TimeOnly(11, 0),
            "Civic Centre, 1 Civic Way, Exampletown ZZ9 9ZZ"
        );
        if (withExit)
        {
            c.ExitPreProceedings(
                new CaseExit(ExitOutcome.SteppedDownToChildInNeedPlan, Today, "Things are better at home.", null)
            );
        }

        return new SampleCase(
            name,
            c,
            recipient,
            Today,
            new HearingInput(
                new DateOnly(2026, 3, 16),
                new TimeOnly(10, 0),
                "Exampletown Family Court, 2 Court Street, Exampletown ZZ9 7XX"
            )
        );
    }

    private static FamilyMember Parent(
        string first,
        string last,
        string relationship,
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
                new Address("1 Test Street", null, "Exampletown", "ZZ1 1AA"),
                language,
                interpreter,
                solicitor
            )
        );
}
