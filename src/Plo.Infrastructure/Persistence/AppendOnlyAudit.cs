using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Plo.Domain.Auditing;

namespace Plo.Infrastructure.Persistence;

/// <summary>Audit records can be added, never changed or removed.</summary>
internal static class AppendOnlyAudit
{
    public static void Enforce(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<AuditRecord>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit records are append-only.");
            }
        }
    }
}
