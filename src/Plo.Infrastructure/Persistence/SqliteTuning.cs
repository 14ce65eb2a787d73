using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Each SQLite connection reads the file through memory mapping and keeps a page cache large enough for the tables
/// the overview scans. SQLite's default cache (2 MB per connection) is smaller than a large council's cases, so every
/// overview re-read them from the file: about 4 µs a row, most of the page's time.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public const string Pragmas =
        "PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection);

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
