using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Each SQLite connection reads the file through memory mapping and keeps a page cache large enough for the tables
/// the overview scans. SQLite's default cache (2 MB per connection) is smaller than a large council's cases, so every
/// overview re-read them from the file. Set once per physical connection: the pool hands the same one out again, and
/// setting the cache size afresh would empty it.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824;";
    private readonly ConditionalWeakTable<object, object> _tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool FirstOpen(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _tuned.TryAdd(handle, this);
}
