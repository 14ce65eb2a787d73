using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plo.Application;
using Plo.Application.Common.Abstractions;
using Plo.Application.Journey;
using Plo.Domain.Auditing;
using Plo.Domain.Calendar;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.DemoData;

/// <summary>
/// Fills the database with N synthetic families (load tests, benchmarks). Idempotent: it adds only
/// the families missing up to N. Batched: a transaction and one save per batch, change tracking cleared between.
/// </summary>
public sealed class SyntheticSeeder(
    PloDbContext db,
    ICaseReferenceAllocator references,
    TimeProvider clock,
    IOptions<JourneyOptions> options,
    WorkingDayCalendar calendar
)
{
    public const string SeedUser = "synthetic-seed";
    private const int BatchSize = 500;

    /// <returns>How many families were added.</returns>
    public async Task<int> SeedAsync(int families, Action<int>? progress, CancellationToken cancellationToken)
    {
        await DemoStaff.EnsureAsync(db, DemoStaff.Synthetic(), cancellationToken);
        var existing = await db.Cases.CountAsync(c => c.OpenedBy == SeedUser, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var builder = new SyntheticFamilies(clock.Today(), options.Value, calendar);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = existing; start < families; start += BatchSize)
        {
            var count = Math.Min(BatchSize, families - start);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var refs = await references.NextAsync(count, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                db.Cases.Add(builder.Build(start + i, refs[i]));
            }

            db.AuditRecords.Add(
                AuditRecord.Of(now, SeedUser, "System", $"SeedSyntheticFamilies {start}-{start + count - 1}", null)
            );
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            progress?.Invoke(start + count);
        }

        return Math.Max(0, families - existing);
    }
}
