using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plo.Application;
using Plo.Application.Common.Abstractions;
using Plo.Application.Overview.GetOverview;
using Plo.Infrastructure;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Persistence;

namespace Plo.Benchmarks;

/// <summary>
/// The overview (first page of 50 rows sorted by RAG, plus the summary) for a senior manager who sees
/// every child, on SQLite files seeded with synthetic families (about two children each). The seeded
/// files are kept in the temp folder and reused. The raw baseline runs EF's SQL for the same page straight through
/// Microsoft.Data.Sqlite. Under the server garbage collector, as the API runs.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class OverviewBenchmarks
{
    private ServiceProvider _services = null!;
    private string _rawSql = "";
    private string _connectionString = "";

    /// <summary>About 750, 10,000 and 100,000 active children.</summary>
    [Params(500, 6_700, 67_000)]
    public int Families { get; set; }

    [Params(OverviewReads.Computed, OverviewReads.AfterAChange, OverviewReads.Unchanged, OverviewReads.FirstRead)]
    public OverviewReads Reads { get; set; }

    private Guid[] _activeCases = [];
    private int _changed;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plo-bench-{Families}.db");
        _connectionString = $"Data Source={path}";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "Sqlite",
                    ["ConnectionStrings:Plo"] = _connectionString,
                    ["ReadCache:Seconds"] = Reads == OverviewReads.Computed ? "0" : "30",
                }
            )
            .Build();
        var services = new ServiceCollection()
            .AddLogging(b =>
            {
                if (Environment.GetEnvironmentVariable("PLO_SQL_LOG") == "1")
                {
                    b.AddProvider(new SqlTimingLog());
                }
            })
            .AddApplication(configuration)
            .AddInfrastructure(configuration);
        services.AddScoped<ICurrentUser, SeniorManager>();
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        DatabaseInitializer.MigrateAsync(db, DatabaseProvider.Sqlite, CancellationToken.None).GetAwaiter().GetResult();
        scope
            .ServiceProvider.GetRequiredService<SyntheticSeeder>()
            .SeedAsync(Families, null, CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        var page = Overview();
        Console.WriteLine(
            $"// {Families} families: {page.Summary.ActiveChildren} active children, {page.TotalCount} rows"
        );

        _activeCases =
        [
            .. db
                .Episodes.Where(e => e.ClosedOn == null)
                .Select(e => EF.Property<Guid>(e, "CaseId"))
                .Distinct()
                .Take(1_000),
        ];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        _rawSql = new OverviewQueries(db, new SeniorManager(), new(), today, today.AddDays(7))
            .Rows(false, today)
            .OrderByDescending(r => r.Rag)
            .ThenBy(r => r.NextDue)
            .Take(50)
            .ToQueryString();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>With <see cref="OverviewReads.AfterAChange"/>, a change to one case is committed before each read
    /// (<see cref="Change_to_one_case"/> times that alone).</summary>
    [Benchmark]
    public OverviewPage Overview_first_page_and_summary()
    {
        if (Reads == OverviewReads.AfterAChange)
        {
            Change_to_one_case();
        }

        return Overview();
    }

    /// <summary>A committed change to one active case (an UPDATE of its row, the values unchanged), a different
    /// case each time, as a unit of work would commit it.</summary>
    [Benchmark]
    public void Change_to_one_case()
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var id = _activeCases[_changed++ % _activeCases.Length];
        db.Entry(db.Cases.Single(c => c.Id == id)).State = EntityState.Modified;
        db.SaveChanges();
    }

    [Benchmark]
    public int Raw_sql_same_first_page()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // EF's SQLite query string starts with ".param set @name value" lines; the rest is the SQL.
        var lines = _rawSql.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Split(' ', 2);
            command.Parameters.AddWithValue(parts[0], parts[1].Trim().Trim('\''));
        }

        command.CommandText = string.Join(
            '\n',
            lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal))
        );
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    public OverviewPage Overview()
    {
        using var scope = _services.CreateScope();
        var services = scope.ServiceProvider;
        using var nothingKept =
            Reads == OverviewReads.FirstRead ? ActivatorUtilities.CreateInstance<OverviewFiguresCache>(services) : null;
        var handler = nothingKept is null
            ? ActivatorUtilities.CreateInstance<GetOverviewQueryHandler>(services)
            : ActivatorUtilities.CreateInstance<GetOverviewQueryHandler>(
                services,
                ActivatorUtilities.CreateInstance<OverviewCache>(services),
                nothingKept
            );
        return handler.Handle(new GetOverviewQuery(), CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    private sealed class SeniorManager : ICurrentUser
    {
        public string UserId => "sm.bench";
        public IReadOnlyCollection<string> Roles => [Plo.Application.Common.Security.Roles.SeniorManager];
    }
}

/// <summary>How the overview is read.</summary>
public enum OverviewReads
{
    /// <summary>Caching off: every read computes the page and the summary from scratch.</summary>
    Computed,

    /// <summary>As shipped, with a change to one case committed before each read.</summary>
    AfterAChange,

    /// <summary>As shipped, while nothing changes.</summary>
    Unchanged,

    /// <summary>As shipped, with nothing kept yet: the first read after a start, or after a quiet spell in which the
    /// figures expired unread (every case read by case, as kept for the next reads).</summary>
    FirstRead,
}
