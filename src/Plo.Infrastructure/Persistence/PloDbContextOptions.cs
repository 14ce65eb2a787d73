using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Plo.Infrastructure.Persistence;

/// <summary>Chooses the provider and its migrations assembly; used by the host, the CLI, the design-time factories and
/// tests.</summary>
public static class PloDbContextOptions
{
    public const string SqliteMigrationsAssembly = "Plo.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Plo.Migrations.SqlServer";

    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder builder,
        DatabaseProvider provider,
        string connectionString
    ) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder
                .UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(new SqliteTuning(), new SqliteIndexHints()),
            DatabaseProvider.SqlServer => builder.UseSqlServer(
                connectionString,
                o => o.MigrationsAssembly(SqlServerMigrationsAssembly)
            ),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
        };

    public static DbContextOptions<PloDbContext> Build(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PloDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    /// <summary>The configured connection string, or the embedded SQLite file in the data folder.</summary>
    public static string ResolveConnectionString(DatabaseOptions options, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                "Set ConnectionStrings:Plo (or the environment variable ConnectionStrings__Plo) for the SQL Server "
                    + "provider."
            );
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(Path.Combine(options.DataDirectory, "plo.db")),
        }.ToString();
    }
}
