using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the queries the API runs (readers and scalars that read). Writes are left out: the access log's background
/// writer inserts whenever its timer fires, which is no part of the request being measured.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => _count;

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        CountIfRead(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        CountIfRead(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void CountIfRead(DbCommand command)
    {
        if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
