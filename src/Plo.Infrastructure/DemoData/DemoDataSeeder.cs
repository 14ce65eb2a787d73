using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plo.Application;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Behaviours;
using Plo.Application.Journey;
using Plo.Domain.Auditing;
using Plo.Domain.Calendar;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.DemoData;

/// <summary>
/// A handful of invented families at different points of the journey, so a newcomer has something
/// to look at. Runs once: it does nothing when the demo families are already there.
/// </summary>
public sealed class DemoDataSeeder(
    PloDbContext db,
    ICaseReferenceAllocator references,
    TimeProvider clock,
    IOptions<JourneyOptions> options,
    WorkingDayCalendar calendar
)
{
    public const string SeedUser = "demo-seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await DemoStaff.EnsureAsync(db, DemoStaff.Demo, cancellationToken);
        if (await db.Cases.AnyAsync(c => c.OpenedBy == SeedUser, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var demo = new DemoFamilies(clock.Today(), options.Value, calendar);
        foreach (var build in demo.All())
        {
            var familyCase = build(await references.NextAsync(cancellationToken));
            db.Cases.Add(familyCase);
            db.AuditRecords.Add(AuditRecord.Of(now, SeedUser, "System", "SeedDemoData", familyCase.Id));
        }

        db.GatewayMeetings.AddRange(demo.PanelMeetings);
        CaseChanges.Flush(db, calendar, now, SeedUser, "System");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
