using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Plo.Infrastructure.Persistence;

/// <summary>Which database a command touched, in words and without credentials.</summary>
public static class DatabaseDescription
{
    public static string Of(PloDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetConnectionString() ?? "";
        return provider == DatabaseProvider.Sqlite
            ? $"SQLite database {Path.GetFullPath(new SqliteConnectionStringBuilder(connection).DataSource)}"
            : $"SQL Server database {new SqlConnectionStringBuilder(connection).InitialCatalog} on "
                + $"{new SqlConnectionStringBuilder(connection).DataSource}";
    }
}
