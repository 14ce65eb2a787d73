using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Works out when supervision is due for cases that were in pre-proceedings before Plo tracked supervision: the
/// schedule counts working days, which SQL in a migration cannot. Each unit of work keeps it current from then on, so
/// after the first start this finds nothing.
/// </summary>
public static class SupervisionBackfill
{
    private const int Batch = 200;

    public static async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PloDbContext>();
        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var seen = new HashSet<Guid>();
        while (true)
        {
            // Split, as every load of whole cases is: one join across all their collections multiplies rows.
            var cases = await db
                .Cases.AsSplitQuery()
                .Where(c =>
                    c.Status == CaseStatus.Open
                    && c.SupervisionDueOn == null
                    && c.Episodes.Any(e => e.ClosedOn == null && e.Policy.SupervisionEveryWorkingDays > 0)
                )
                .OrderBy(c => c.Id)
                .Take(Batch)
                .ToListAsync(ct);
            // A case whose schedule still gives no date (its earliest episode has supervision turned off) comes back:
            // stop once a batch brings nothing new.
            if (!cases.Select(c => seen.Add(c.Id)).ToList().Contains(true))
            {
                return;
            }

            foreach (var c in cases)
            {
                c.RefreshDerivedState(calendar, today);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
