using Plo.Application.Common.Abstractions;
using Plo.Domain.Cases;
using Plo.Domain.Timeline;

namespace Plo.Application.Common.Behaviours;

/// <summary>Turns the events cases raised in this unit of work into timeline entries for who did it and when.</summary>
public static class TimelineWriter
{
    public static void Flush(IPloDbContext db, DateTime at, string userId, string roles)
    {
        foreach (var familyCase in db.TrackedAggregates().OfType<FamilyCase>())
        {
            db.Timeline.AddRange(familyCase.PendingEvents.Select(e => TimelineEntry.Of(familyCase.Id, at, userId, roles, e.Kind, e.Summary)));
            familyCase.ClearPendingEvents();
        }
    }
}
