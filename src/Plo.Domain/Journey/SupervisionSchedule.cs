using Plo.Domain.Calendar;
using Plo.Domain.Cases;

namespace Plo.Domain.Journey;

/// <summary>
/// When the case's supervision falls due while it is in pre-proceedings: every N working days of the policy the
/// episode started under, counted from the start and then from each session held. Sessions held before the start are
/// not part of the schedule.
/// </summary>
public static class SupervisionSchedule
{
    public static IReadOnlyList<ReviewPoint> For(FamilyCase familyCase, WorkingDayCalendar calendar, DateOnly today)
    {
        var episode = familyCase.ScheduledEpisode;
        var every = episode?.Policy.SupervisionEveryWorkingDays ?? 0;
        if (episode is null || every <= 0)
        {
            return [];
        }

        var points = new List<ReviewPoint>();
        var from = episode.StartDate;
        var held = familyCase
            .Supervisions.Select(s => s.HeldOn)
            .Where(on => on >= episode.StartDate && (episode.ClosedOn is not { } end || on <= end))
            .Order();
        foreach (var on in held)
        {
            var due = calendar.AddWorkingDays(from, every);
            points.Add(
                ReviewSchedule.Point(calendar, ReviewPointKind.Supervision, points.Count + 1, due, on, today, null)
            );
            from = on;
        }

        if (episode.IsActive)
        {
            var next = calendar.AddWorkingDays(from, every);
            points.Add(
                ReviewSchedule.Point(calendar, ReviewPointKind.Supervision, points.Count + 1, next, null, today, null)
            );
        }

        return points;
    }
}
