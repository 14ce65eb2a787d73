using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Auditing;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Moves <see cref="DataVersion"/> on once a change to the tracker's data is committed: after the save when it runs on
/// its own, after the commit when it runs inside a transaction (a unit of work), never before, so a read model
/// computed from data not yet committed is never taken as current. Access and audit records do not count: every read
/// writes one.
/// </summary>
internal sealed class DataChangeSignal(DataVersion version) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

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
        var changesData = context
            ?.ChangeTracker.Entries()
            .Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is not (AccessRecord or AuditRecord)
            );
        if (changesData == true)
        {
            _pending.AddOrUpdate(context!, this);
        }
    }

    private void BumpUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Bump(context);
        }
    }

    private void Bump(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            version.Bump();
        }
    }
}
