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

    public async Task<CaseReference> NextAsync(CancellationToken cancellationToken) =>
        (await NextAsync(1, cancellationToken))[0];

    public async Task<IReadOnlyList<CaseReference>> NextAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var year = clock.GetUtcNow().Year;
        for (var attempt = 1; ; attempt++)
        {
            var updated = await db
                .CaseReferenceCounters.Where(c => c.Year == year)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + count),
                    cancellationToken
                );
            if (updated == 1)
            {
                var last = await db
                    .CaseReferenceCounters.Where(c => c.Year == year)
                    .Select(c => c.LastNumber)
                    .SingleAsync(cancellationToken);
                return Run(year, last - count + 1, count);
            }

            try
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO CaseReferenceCounters (Year, LastNumber) VALUES ({year}, {count})",
                    cancellationToken
                );
                return Run(year, 1, count);
            }
            catch (DbException) when (attempt < Attempts)
            {
                // Another request created this year's row first; take the next number from it.
            }
        }
    }

    private static IReadOnlyList<CaseReference> Run(int year, int first, int count) =>
        [.. Enumerable.Range(first, count).Select(n => CaseReference.For(year, n))];
}
