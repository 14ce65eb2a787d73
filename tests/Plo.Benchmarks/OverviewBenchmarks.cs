using System.Data.Common;
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
/// The overview (first page of 50 rows sorted by RAG, plus the summary) for a senior manager who sees every child, or
/// for a team manager (<see cref="OverviewReader"/>), on SQLite files seeded with synthetic families (about two
/// children each). The seeded files are kept in the temp folder and reused. The raw baseline runs EF's command for
/// the same page (with its SQLite hints) straight through Microsoft.Data.Sqlite. Under the server garbage collector,
/// as the API runs.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class OverviewBenchmarks
{
    private ServiceProvider _services = null!;
    private string _rawSql = "";
    private (string Name, object? Value)[] _rawParameters = [];
    private string _connectionString = "";

    /// <summary>About 750, 10,000 and 100,000 active children.</summary>
    [Params(500, 6_700, 67_000)]
    public int Families { get; set; }

    [Params(
        OverviewReads.Computed,
        OverviewReads.AfterAChange,
        OverviewReads.Unchanged,
        OverviewReads.ReadersFirst,
        OverviewReads.FirstRead
    )]
    public OverviewReads Reads { get; set; }

    [Params(OverviewReader.EveryCase, OverviewReader.TeamManager)]
    public OverviewReader Reader { get; set; }

    private ICurrentUser _user = new BenchUser("sm.bench", Plo.Application.Common.Security.Roles.SeniorManager);

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
                    // A reader's first read times the figures kept from before, however long the run takes.
                    ["ReadCache:Seconds"] = Reads switch
                    {
                        OverviewReads.Computed => "0",
                        OverviewReads.ReadersFirst => "86400",
                        _ => "30",
                    },
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
        services.AddScoped(_ => _user);
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        DatabaseInitializer.MigrateAsync(db, DatabaseProvider.Sqlite, CancellationToken.None).GetAwaiter().GetResult();
        scope
            .ServiceProvider.GetRequiredService<SyntheticSeeder>()
            .SeedAsync(Families, null, CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        if (Reader == OverviewReader.TeamManager)
        {
            // The team manager allocated to the most families: their reach also takes in their team's workers'.
            var manager = db
                .Cases.GroupBy(c => c.Allocation.TeamManagerId)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .First();
            _user = new BenchUser(manager, Plo.Application.Common.Security.Roles.TeamManager);
        }

        var page = Overview();
        Console.WriteLine(
            $"// {Families} families: {page.Summary.ActiveChildren} active children, {page.TotalCount} rows"
                + $" for {_user.UserId}"
        );

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var queries = new OverviewQueries(db, _user, new(), today, today.AddDays(7));
        // Changes to cases the reader sees.
        _activeCases = [.. queries.ActiveRows().Select(r => r.CaseId).Distinct().Take(1_000)];
        // The command as the API runs it, with its SQLite hints (a team manager's rows start from their cases).
        using var raw = db.CommandFor(
            queries.Rows(false, today).OrderByDescending(r => r.Rag).ThenBy(r => r.NextDue).Take(50)
        );
        _rawSql = raw.CommandText;
        _rawParameters = [.. raw.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))];
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
        command.CommandText = _rawSql;
        foreach (var (name, value) in _rawParameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

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
        var handler = Reads switch
        {
            OverviewReads.FirstRead => ActivatorUtilities.CreateInstance<GetOverviewQueryHandler>(
                services,
                ActivatorUtilities.CreateInstance<OverviewCache>(services),
                nothingKept!
            ),
            // The figures kept (read at start, or for other readers), this reader's page not.
            OverviewReads.ReadersFirst => ActivatorUtilities.CreateInstance<GetOverviewQueryHandler>(
                services,
                ActivatorUtilities.CreateInstance<OverviewCache>(services)
            ),
            _ => ActivatorUtilities.CreateInstance<GetOverviewQueryHandler>(services),
        };
        return handler.Handle(new GetOverviewQuery(), CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    private sealed record BenchUser(string UserId, string Role) : ICurrentUser
    {
        public IReadOnlyCollection<string> Roles => [Role];
    }
}

/// <summary>Whose overview is read.</summary>
public enum OverviewReader
{
    /// <summary>A senior manager, who sees every child.</summary>
    EveryCase,

    /// <summary>The team manager allocated to the most families, who sees their reach only.</summary>
    TeamManager,
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

    /// <summary>As shipped, a reader's first read: the figures of every case kept (read at start, before the first
    /// request, and kept warm since), nothing kept for this reader's page.</summary>
    ReadersFirst,

    /// <summary>As shipped, with nothing kept yet: the read at start (made before the first request), or the first
    /// after a quiet spell in which the figures expired unread (every case read by case, as kept for the next
    /// reads).</summary>
    FirstRead,
}
