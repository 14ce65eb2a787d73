using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Cases;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Allocates the next number with one atomic UPDATE inside the command's transaction. The update
/// takes the write lock (SQLite) or the row lock (SQL Server) until commit, so two concurrent
/// commands can never read the same number. The first case of a year inserts the counter row; if
/// another request inserted it first, the key violation sends us back to the update.
/// </summary>
internal sealed class CaseReferenceAllocator(PloDbContext db, TimeProvider clock) : ICaseReferenceAllocator
{
    private const int Attempts = 3;

    public async Task<CaseReference> NextAsync(CancellationToken cancellationToken)
    {
        var year = clock.GetUtcNow().Year;
        for (var attempt = 1; ; attempt++)
        {
            var updated = await db.CaseReferenceCounters.Where(c => c.Year == year)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
            if (updated == 1)
            {
                var number = await db.CaseReferenceCounters.Where(c => c.Year == year)
                    .Select(c => c.LastNumber).SingleAsync(cancellationToken);
                return CaseReference.For(year, number);
            }

            try
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO CaseReferenceCounters (Year, LastNumber) VALUES ({year}, 1)", cancellationToken);
                return CaseReference.For(year, 1);
            }
            catch (DbException) when (attempt < Attempts)
            {
                // Another request created this year's row first; take the next number from it.
            }
        }
    }
}
