using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.DemoData;

namespace Plo.Infrastructure.Persistence;

/// <summary>Start-up work on the database: migrate (if configured) and add demo families (if configured).</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();

        if (options.ShouldMigrateOnStartup)
        {
            await MigrateAsync(db, options.Provider, cancellationToken);
            await SupervisionBackfill.RunAsync(scope.ServiceProvider, cancellationToken);
        }

        if (options.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }
    }

    /// <summary>Migrates when the configuration says so (SQLite by default): for CLI commands that write
    /// data.</summary>
    public static async Task MigrateIfConfiguredAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.ShouldMigrateOnStartup)
        {
            await MigrateAsync(services.GetRequiredService<PloDbContext>(), options.Provider, cancellationToken);
            await SupervisionBackfill.RunAsync(services, cancellationToken);
        }
    }

    public static async Task MigrateAsync(
        PloDbContext db,
        DatabaseProvider provider,
        CancellationToken cancellationToken
    )
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            CreateSqliteFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers carry on while a command writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void CreateSqliteFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
