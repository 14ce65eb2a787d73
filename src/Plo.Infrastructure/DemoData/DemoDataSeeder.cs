using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Auditing;
using Plo.Domain.Cases;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.DemoData;

/// <summary>
/// A handful of invented families so a newcomer has something to look at. Runs once: it does
/// nothing when the demo families are already there. Every name and address is made up.
/// </summary>
public sealed class DemoDataSeeder(PloDbContext db, ICaseReferenceAllocator references, TimeProvider clock)
{
    public const string SeedUser = "demo-seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Cases.AnyAsync(c => c.OpenedBy == SeedUser, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        foreach (var family in DemoFamilies.All(today))
        {
            var reference = await references.NextAsync(cancellationToken);
            var familyCase = FamilyCase.Open(reference, family.Allocation, family.Children, family.Adults, now, SeedUser);
            db.Cases.Add(familyCase);
            db.AuditRecords.Add(AuditRecord.Of(now, SeedUser, "System", "SeedDemoData", familyCase.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
