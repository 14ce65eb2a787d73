using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Plo.Domain.Auditing;
using Plo.Domain.Timeline;

namespace Plo.Infrastructure.Persistence;

/// <summary>Audit records, access records and timeline entries can be added, never changed or removed (the database
/// refuses too).</summary>
internal static class AppendOnlyAudit
{
    public static void Enforce(ChangeTracker tracker)
    {
        var changed = tracker
            .Entries()
            .Where(e =>
                e.Entity is AuditRecord or AccessRecord or TimelineEntry
                && (e.State is EntityState.Modified or EntityState.Deleted)
            );
        if (changed.Any())
        {
            throw new InvalidOperationException("Audit records, access records and timeline entries are append-only.");
        }
    }
}
