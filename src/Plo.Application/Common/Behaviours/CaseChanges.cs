using Plo.Application.Common.Abstractions;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Timeline;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// Before a unit of work saves: refresh each changed case's next key date (which the overview reads)
/// and turn the events every aggregate raised into timeline entries for who did it, in which role, and when.
/// </summary>
public static class CaseChanges
{
    /// <summary>Writes the timeline entries and returns the cases they are about.</summary>
    public static IReadOnlySet<Guid> Flush(IPloDbContext db, WorkingDayCalendar calendar, DateTime at, string userId, string roles)
    {
        var cases = new HashSet<Guid>();
        foreach (var aggregate in db.TrackedAggregates())
        {
            (aggregate as FamilyCase)?.RefreshNextKeyDate(calendar);
            foreach (var e in aggregate.PendingEvents)
            {
                var caseId = e.CaseId ?? (aggregate as FamilyCase)?.Id
                    ?? throw new InvalidOperationException($"An event of {aggregate.GetType().Name} names no case: {e.Kind}.");
                db.Timeline.Add(TimelineEntry.Of(caseId, at, userId, roles, e.Kind, e.Summary));
                cases.Add(caseId);
            }

            aggregate.ClearPendingEvents();
        }

        return cases;
    }
}
