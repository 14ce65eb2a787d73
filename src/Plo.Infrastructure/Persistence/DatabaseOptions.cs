namespace Plo.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the embedded SQLite file when no connection string is given (relative to the working
    /// directory).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply migrations at start-up. Defaults to on for SQLite, off for SQL Server (migrated by
    /// script).</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Add a handful of synthetic families when the database has none of them yet.</summary>
    public bool SeedDemoData { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
