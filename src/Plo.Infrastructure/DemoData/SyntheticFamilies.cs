using Plo.Application.Journey;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;
using Plo.Domain.Supervision;

namespace Plo.Infrastructure.DemoData;

/// <summary>
/// Invented families at scale for load tests: the same index always gives the same family, so seeding
/// is repeatable. They are spread over the last year, at every stage: some overdue, some with a
/// rationale, some extended, about a quarter closed. Every name is made up.
/// </summary>
internal sealed class SyntheticFamilies(DateOnly today, JourneyOptions options, WorkingDayCalendar calendar)
{
    private static readonly string[] FirstNames =
    [
        "Amy",
        "Ben",
        "Cara",
        "Dan",
        "Eve",
        "Finn",
        "Gus",
        "Hana",
        "Ivy",
        "Jay",
        "Kai",
        "Lola",
        "Milo",
        "Nia",
        "Oli",
        "Pip",
    ];
    private static readonly string[] LastNames =
    [
        "Ashby",
        "Brook",
        "Cole",
        "Dale",
        "Ember",
        "Frost",
        "Glen",
        "Hale",
        "Irwin",
        "Jett",
        "Kent",
        "Lark",
    ];

    public FamilyCase Build(int index, CaseReference reference)
    {
        var random = new Random(index);
        var opened = today.AddDays(-random.Next(0, 360));
        var surname = LastNames[random.Next(LastNames.Length)];
        var children = Enumerable
            .Range(0, random.Next(1, 4))
            .Select(i =>
                random.Next(10) == 0 && i == 0
                    ? Child.Create("Baby", surname, null, today.AddDays(random.Next(10, 200)))
                    : Child.Create(
                        FirstNames[random.Next(FirstNames.Length)],
                        surname,
                        opened.AddDays(-random.Next(30, 6000)),
                        null
                    )
            )
            .ToList();
        var adults = Enumerable
            .Range(0, random.Next(1, 3))
            .Select(i =>
                FamilyMember.Create(
                    new NewFamilyMember(
                        FirstNames[random.Next(FirstNames.Length)],
                        surname,
                        i == 0 ? "Mother" : "Father",
                        true,
                        new Address($"{random.Next(1, 200)} Example Road", null, "Exampletown", "ZZ1 1AA"),
                        null,
                        random.Next(8) == 0,
                        null
                    )
                )
            )
            .ToList();
        var team = random.Next(10);
        var c = FamilyCase.Open(
            reference,
            new Allocation($"sw.{team}.{random.Next(4)}", $"tm.{team}", $"la.{random.Next(5)}"),
            children,
            adults,
            opened.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            SyntheticSeeder.SeedUser
        );

        var entered = Min(opened.AddDays(random.Next(0, 8)), today);
        c.RecordGatewayDecision(
            new GatewayDecisionInput(
                Guid.Empty,
                entered,
                DecisionOption.EnterPreProceedings,
                "Threshold met.",
                true,
                null,
                null,
                null
            ),
            "panel",
            options.Policy,
            calendar
        );
        // Oversight draws from its own sequence, so the families' journeys stay what they were before it was added.
        Oversee(c, entered, opened, new Random(index + 104_729));
        Progress(c, entered, random);
        c.RefreshDerivedState(calendar, today);
        c.ClearPendingEvents();
        return c;
    }

    private void Progress(FamilyCase c, DateOnly entered, Random random)
    {
        var age = today.DayNumber - entered.DayNumber;
        if (age >= 6 && random.Next(10) > 0)
        {
            c.RecordLetterSent(Min(calendar.AddWorkingDays(entered, random.Next(1, 7)), today));
        }

        c.UpdatePlan(
            CasePlan.Of(
                [new Concern("The children were alone at home.", entered.AddDays(-10), null)],
                [],
                [],
                null,
                "If the children cannot stay safely at home, we would ask family members to care for them."
            )
        );
        var initial = entered.AddDays(14);
        if (c.LetterSentOn is not null && initial <= today)
        {
            Hold(c, MeetingKind.Initial, initial);
            for (
                var review = initial.AddDays(42);
                review <= today && review < entered.AddDays(16 * 7);
                review = review.AddDays(42)
            )
            {
                if (random.Next(5) > 0)
                {
                    Hold(c, MeetingKind.Review, review);
                }
            }
        }

        if (age > 16 * 7 && random.Next(3) == 0)
        {
            c.ApproveExtension(
                random.Next(2, options.MaxExtensionWeeks + 1),
                "Assessment delayed.",
                options.MaxExtensionWeeks,
                today,
                "sm.seed",
                calendar
            );
        }

        if (random.Next(2) == 0)
        {
            // A rationale reaches no further than the expected end plus the longest extension; past that, none can be
            // given.
            var revised = today.AddDays(random.Next(0, 30));
            var latest = c.Episodes.Max(e => e.ExpectedEndDate).AddDays(options.MaxExtensionWeeks * 7);
            if (latest >= today)
            {
                c.RecordDelayRationale(
                    DelayReason.AssessmentDelay,
                    "Waiting for an expert report.",
                    revised < latest ? revised : latest,
                    today,
                    "tm.seed",
                    options.MaxExtensionWeeks
                );
            }
        }

        if (age > 90 && random.Next(3) == 0)
        {
            var outcome = (ExitOutcome)random.Next(Enum.GetValues<ExitOutcome>().Length);
            var on = Min(entered.AddDays(random.Next(90, 200)), today);
            c.ExitPreProceedings(
                new CaseExit(
                    outcome,
                    on,
                    "Decision at the final meeting.",
                    outcome == ExitOutcome.ProceedingsIssued ? on : null
                )
            );
        }
    }

    /// <summary>Supervision about every four weeks (some late, some missed), a significant change after a completed
    /// assessment in some families, and changes of social worker in others (a few held by the team manager).</summary>
    private void Oversee(FamilyCase c, DateOnly entered, DateOnly opened, Random random)
    {
        var manager = c.Allocation.TeamManagerId;
        for (
            var on = calendar.AddWorkingDays(entered, 20 + random.Next(-3, 9));
            on <= today;
            on = calendar.AddWorkingDays(on, 20 + random.Next(-3, 9))
        )
        {
            if (random.Next(6) == 0)
            {
                continue;
            }

            c.RecordSupervision(
                new SupervisionNotes(
                    on,
                    manager,
                    c.Allocation.SocialWorkerId,
                    "Visits are on track.",
                    "The children say home is calmer.",
                    "Keep to the plan."
                ),
                c.SupervisionActions.Where(a => a.IsOpen)
                    .ToDictionary(
                        a => a.Id,
                        a => random.Next(3) == 0 ? ActionOutcome.CarriedOn(on.AddDays(28)) : ActionOutcome.Done
                    ),
                [new NewSupervisionAction("Social worker", "Update the chronology.", on.AddDays(28))],
                manager,
                on.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)
            );
        }

        var assessed = entered.AddDays(30);
        if (random.Next(5) == 0 && assessed.AddDays(10) <= today)
        {
            var assessment = c.CommissionAssessment(
                AssessmentKind.Parenting,
                null,
                "Independent assessor",
                entered,
                assessed
            );
            c.UpdateAssessment(assessment.Id, assessed, assessed, "Parenting is good enough with support.");
            var changed = assessed.AddDays(random.Next(1, Math.Max(2, today.DayNumber - assessed.DayNumber)));
            c.RecordSignificantChange(
                SignificantChangeKind.NewAdultInHousehold,
                changed,
                "A new partner has moved in.",
                c.Allocation.SocialWorkerId,
                changed.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc)
            );
        }

        var changes = random.Next(8) switch
        {
            0 => 2,
            1 or 2 => 1,
            _ => 0,
        };
        for (var i = 0; i < changes; i++)
        {
            var at = Min(opened.AddDays(random.Next(1, 300)), today).ToDateTime(new TimeOnly(11, i), DateTimeKind.Utc);
            var team = manager[(manager.IndexOf('.') + 1)..];
            var to = random.Next(4) == 0 ? manager : $"sw.{team}.{random.Next(4)}";
            if (to != c.Allocation.SocialWorkerId)
            {
                c.Reallocate(AllocatedRole.SocialWorker, to, at, manager, "Caseloads rebalanced.");
            }
        }
    }

    private static void Hold(FamilyCase c, MeetingKind kind, DateOnly on)
    {
        var meeting = c.ScheduleMeeting(kind, on, new TimeOnly(10, 0), "Family centre");
        c.RecordMeetingOutcome(
            meeting.Id,
            new MeetingOutcome(
                on,
                "Parents and social worker",
                false,
                ProgressRating.Some,
                MeetingDecision.Continue,
                null
            ),
            c.Actions.Where(a => a.Status == ActionStatus.Open)
                .ToDictionary(a => a.Id, a => ActionOutcome.CarriedOn(Later(a.DueOn, on))),
            []
        );
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>A carried-on action's new due date: four weeks after the meeting, or its old date if that is
    /// later.</summary>
    private static DateOnly Later(DateOnly due, DateOnly meeting) => due > meeting ? due : meeting.AddDays(28);
}
