using Microsoft.Data.Sqlite;
using Plo.Cli;
using Plo.Infrastructure.Persistence;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Cli;

/// <summary>The CLI run against a SQLite file of its own, which the test can read afterwards.</summary>
public sealed class CliDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"plo-cli-{Guid.NewGuid():N}.db");

    public IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(TestTokens.Settings)
        {
            ["ConnectionStrings:Plo"] = $"Data Source={_path};Pooling=False",
        };

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, "Development", Settings);
        return (exit, output.ToString(), error.ToString());
    }

    public async Task<T> QueryAsync<T>(Func<PloDbContext, Task<T>> query)
    {
        await using var db = new PloDbContext(
            PloDbContextOptions.Build(DatabaseProvider.Sqlite, $"Data Source={_path};Pooling=False")
        );
        return await query(db);
    }

    public static string WriteCsv(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"plo-import-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
