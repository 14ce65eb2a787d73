using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Auditing;
using Plo.Domain.Staff;
using Plo.Infrastructure.Idempotency;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Moves <see cref="DataVersion"/> on once a change to the tracker's data is committed: after the save when it runs on
/// its own, after the commit when it runs inside a transaction (a unit of work), never before, so a read model
/// computed from data not yet committed is never taken as current. Access and audit records do not count (every read
/// writes one), nor do idempotency records (they keep a request's answer, not the tracker's data). Each change also
/// names the cases it touched (<see cref="ChangedCase"/>), so read models kept by case re-read only those.
/// </summary>
internal sealed class DataChangeSignal(DataVersion version) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>A context's changes not yet committed: the cases they touched, or null once they touch other data;
    /// and whether they touched the staff directory.</summary>
    private sealed class Pending
    {
        public HashSet<Guid>? Cases { get; set; } = [];
        public bool Directory { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        BumpUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        BumpUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Bump(eventData.Context);

    public Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Bump(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tracked = context.ChangeTracker.Entries().ToList();
        var changed = tracked
            .Where(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is not (AccessRecord or AuditRecord or IdempotencyRecord)
            )
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        // An import or a seed changes thousands: it is taken as a change to anything rather than traced case by case.
        if (changed.Count > MostEntitiesTraced)
        {
            pending.Cases = null;
        }

        foreach (var entry in changed.TakeWhile(_ => pending.Cases is not null))
        {
            if (entry.Entity is StaffMember or Team)
            {
                pending.Directory = true;
            }
            else if (ChangedCase.CasesOf(entry, tracked) is { } cases)
            {
                pending.Cases!.UnionWith(cases);
            }
            else
            {
                pending.Cases = null;
            }
        }
    }

    private const int MostEntitiesTraced = 500;

    private void BumpUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Bump(context);
        }
    }

    private void Bump(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending) && _pending.Remove(context))
        {
            version.Bump(pending.Cases, pending.Directory);
        }
    }
}
