using Plo.Application.Common.Abstractions;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Timeline;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// Before a unit of work saves: refresh each changed case's next key date (which the overview reads)
/// and turn the events it raised into timeline entries for who did it and when.
/// </summary>
public static class CaseChanges
{
    public static void Flush(IPloDbContext db, WorkingDayCalendar calendar, DateTime at, string userId, string roles)
    {
        foreach (var familyCase in db.TrackedAggregates().OfType<FamilyCase>())
        {
            familyCase.RefreshNextKeyDate(calendar);
            db.Timeline.AddRange(familyCase.PendingEvents.Select(e => TimelineEntry.Of(familyCase.Id, at, userId, roles, e.Kind, e.Summary)));
            familyCase.ClearPendingEvents();
        }
    }
}
