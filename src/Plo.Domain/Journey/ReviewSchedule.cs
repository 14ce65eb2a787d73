using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Meetings;

namespace Plo.Domain.Journey;

/// <summary>
/// The family's key dates, computed from the policy the episodes started under and what has
/// happened: the letter within N working days of the decision, the initial meeting within N
/// working days of the letter, reviews every N weeks after the initial meeting, and the decision
/// point at the expected end (N weeks from the start, moved on by extensions).
/// </summary>
public static class ReviewSchedule
{
    public static IReadOnlyList<ReviewPoint> For(FamilyCase familyCase, WorkingDayCalendar calendar, DateOnly today)
    {
        if (familyCase.ScheduledEpisode is not { } episode)
        {
            return [];
        }

        var closedOn = episode.ClosedOn;
        var policy = episode.Policy;
        var held = familyCase.Meetings.Where(m => m.IsHeld).OrderBy(m => m.Outcome!.HeldOn).ToList();
        var initialHeld = held.Find(m => m.Kind == MeetingKind.Initial)?.Outcome!.HeldOn;
        var reviewsHeld = held.Where(m => m.Kind == MeetingKind.Review).Select(m => m.Outcome!.HeldOn).ToList();
        var finalHeld = held.Find(m => m.Kind == MeetingKind.Final)?.Outcome!.HeldOn;

        var letterDue = calendar.AddWorkingDays(episode.StartDate, policy.LetterWithinWorkingDays);
        var initialDue = calendar.AddWorkingDays(
            familyCase.LetterSentOn ?? letterDue,
            policy.InitialMeetingWithinWorkingDays
        );
        var decisionDue = episode.ExpectedEndDate;

        var points = new List<ReviewPoint>
        {
            Point(calendar, ReviewPointKind.LetterSent, 1, letterDue, familyCase.LetterSentOn, today, closedOn),
            Point(calendar, ReviewPointKind.InitialMeeting, 1, initialDue, initialHeld, today, closedOn),
        };

        var reviewBase = initialHeld ?? initialDue;
        for (var n = 1; ; n++)
        {
            var due = calendar.OnOrNextWorkingDay(reviewBase.AddDays(n * policy.ReviewEveryWeeks * 7));
            if (due >= decisionDue || policy.ReviewEveryWeeks <= 0)
            {
                break;
            }

            points.Add(
                Point(
                    calendar,
                    ReviewPointKind.Review,
                    n,
                    due,
                    n <= reviewsHeld.Count ? reviewsHeld[n - 1] : null,
                    today,
                    closedOn
                )
            );
        }

        points.Add(
            Point(calendar, ReviewPointKind.DecisionPoint, 1, decisionDue, finalHeld ?? closedOn, today, closedOn)
        );
        return points;
    }

    internal static ReviewPoint Point(
        WorkingDayCalendar calendar,
        ReviewPointKind kind,
        int number,
        DateOnly due,
        DateOnly? metOn,
        DateOnly today,
        DateOnly? closedOn
    )
    {
        if (metOn is { } met)
        {
            return new ReviewPoint(
                kind,
                number,
                due,
                ReviewPointStatus.Met,
                met,
                0,
                calendar.WorkingDaysAfter(due, met)
            );
        }

        if (closedOn is not null)
        {
            return new ReviewPoint(kind, number, due, ReviewPointStatus.NotReached, null, 0);
        }

        return today > due
            ? new ReviewPoint(kind, number, due, ReviewPointStatus.Overdue, null, today.DayNumber - due.DayNumber)
            : new ReviewPoint(kind, number, due, ReviewPointStatus.Upcoming, null, 0);
    }
}
