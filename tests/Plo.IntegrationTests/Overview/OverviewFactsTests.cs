using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Overview;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Journey;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Persistence;

namespace Plo.IntegrationTests.Overview;

/// <summary>
/// The summary's facts are packed into two values a row by SQL (<see cref="SummaryFact"/>): on a seeded database, with
/// a child at every stage, each must unpack to what the overview's full row for that child says; and for a reader of
/// every case, SQLite reads them from the two covering indexes alone.
/// </summary>
public class OverviewFactsTests(OverviewApiFactory api) : IClassFixture<OverviewApiFactory>
{
    private sealed class Reader(string role, string userId = "facts-reader") : ICurrentUser
    {
        public string UserId => userId;
        public IReadOnlyCollection<string> Roles => [role];
    }

    [Theory]
    [InlineData(Roles.SeniorManager)]
    [InlineData(Roles.TeamManager)]
    public async Task Each_fact_unpacks_to_its_childs_row(string role)
    {
        await SeedOnceAsync();
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var today = DateOnly.FromDateTime(api.Clock.GetUtcNow().UtcDateTime);
        var queries = new OverviewQueries(db, new Reader(role), new OverviewOptions(), today, today.AddDays(7));

        var facts = await queries.FactsAsync(queries.Rows(closed: false, today), default);
        var rows = await queries.Rows(closed: false, today).ToDictionaryAsync(r => r.EpisodeId);

        Assert.Equal(rows.Count, facts.Count);
        Assert.Equal(role == Roles.SeniorManager, facts.Count > 0);
        foreach (var fact in facts)
        {
            var row = rows[fact.EpisodeId];
            Assert.Equal(
                (row.CaseId, row.SocialWorkerId, row.Reference, row.Stage, row.StartDate.DayNumber, row.NextDue),
                (fact.CaseId, fact.SocialWorkerId, fact.Reference, fact.Stage, fact.StartDayNumber, fact.NextDue)
            );
            Assert.Equal(
                (
                    row.Rag,
                    row.Overdue && !row.RationaleCurrent,
                    row.SupervisionDue < today,
                    row.ReassessmentDueSince != null
                ),
                (fact.Rag, fact.MissingRationale, fact.SupervisionOverdue, fact.ReassessmentDue)
            );
        }

        if (role == Roles.SeniorManager)
        {
            Assert.Equal(
                Enum.GetValues<EpisodeStage>().Except([EpisodeStage.Closed]),
                facts.Select(f => f.Stage).Distinct().Order()
            );
            Assert.Contains(facts, f => f.NextDue is not null);
        }
    }

    [Fact]
    public async Task A_reader_of_every_case_reads_facts_and_exits_from_the_covering_indexes_alone()
    {
        await SeedOnceAsync();
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var (queries, today) = SeniorManagersQueries(db);

        var facts = await PlanAsync(db, db.CommandFor(queries.Facts(queries.Rows(closed: false, today))));
        var exits = await PlanAsync(db, db.CommandFor(queries.Exits()));

        Assert.Contains(
            facts,
            step => step.Contains("COVERING INDEX IX_Episodes_OverviewFacts", StringComparison.Ordinal)
        );
        Assert.Contains(
            facts,
            step => step.Contains("COVERING INDEX IX_Cases_OverviewFacts", StringComparison.Ordinal)
        );
        Assert.Equal(2, facts.Count);
        Assert.Contains(
            exits,
            step => step.Contains("COVERING INDEX IX_Episodes_OverviewFacts", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task The_history_by_case_is_read_in_the_cases_order_from_covering_indexes()
    {
        await SeedOnceAsync();
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var (queries, _) = SeniorManagersQueries(db);

        var met = await PlanAsync(db, db.CommandFor(queries.KeyDatesMetByCase(null)));
        var changedOften = await PlanAsync(db, db.CommandFor(queries.ChangedOften()));

        // Without the case first in a covering index, SQLite visits each row and sorts every key date met to group.
        Assert.Equal(["SCAN m USING COVERING INDEX IX_MetKeyDates_CaseId_MetOn_WorkingDaysLate"], met);
        Assert.Equal(["SCAN a USING COVERING INDEX IX_AllocationHistory_CaseId_Role_At_FromUserId"], changedOften);
    }

    [Theory]
    [InlineData(Roles.TeamManager, "IX_Cases_TeamManagerId")]
    [InlineData(Roles.SocialWorker, "IX_Cases_SocialWorkerId")]
    public async Task A_reader_of_some_cases_reads_their_cases_first_then_their_episodes(string role, string index)
    {
        await SeedOnceAsync();
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var today = DateOnly.FromDateTime(api.Clock.GetUtcNow().UtcDateTime);
        var queries = new OverviewQueries(db, new Reader(role), new OverviewOptions(), today, today.AddDays(7));
        var command = db.CommandFor(queries.Rows(closed: false, today).Select(r => r.EpisodeId));
        var text = command.CommandText;

        var plan = await PlanAsync(db, command);

        // Without the hint SQLite starts from every active episode ("SEARCH e ... (ClosedOn=?)") and looks its case up.
        Assert.Contains("CROSS JOIN (", text, StringComparison.Ordinal);
        Assert.StartsWith(
            "SEARCH c USING INDEX " + index,
            plan.First(step => step.StartsWith("SEARCH c", StringComparison.Ordinal)),
            StringComparison.Ordinal
        );
        Assert.Contains("SEARCH e USING INDEX IX_Episodes_CaseId (CaseId=?)", plan);
        Assert.True(
            plan.FindIndex(step => step.StartsWith("SEARCH c", StringComparison.Ordinal))
                < plan.IndexOf("SEARCH e USING INDEX IX_Episodes_CaseId (CaseId=?)")
        );
    }

    [Fact]
    public async Task A_reader_of_some_cases_sees_the_same_rows_through_every_command_as_through_the_hinted_one()
    {
        await SeedOnceAsync();
        using var scope = api.Services.CreateScope();
        var seeded = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var executed = new ExecutedCommands();
        var options = new DbContextOptionsBuilder<PloDbContext>();
        PloDbContextOptions.Configure(options, DatabaseProvider.Sqlite, seeded.Database.GetConnectionString()!);
        await using var db = new PloDbContext(options.AddInterceptors(executed).Options);
        var today = DateOnly.FromDateTime(api.Clock.GetUtcNow().UtcDateTime);
        var manager = await db.Cases.Select(c => c.Allocation.TeamManagerId).FirstAsync();
        var queries = new OverviewQueries(
            db,
            new Reader(Roles.TeamManager, manager),
            new OverviewOptions(),
            today,
            today.AddDays(7)
        );

        // Through EF's own execution and, for comparison, as EF makes the command, before any interceptor.
        List<Guid> hinted =
        [
            .. (await queries.Rows(closed: false, today).Select(r => r.EpisodeId).ToListAsync()).Order(),
        ];
        await using var unhinted = queries.Rows(closed: false, today).Select(r => r.EpisodeId).CreateDbCommand();

        Assert.Contains("CROSS JOIN (", executed.Texts[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("CROSS JOIN", unhinted.CommandText, StringComparison.Ordinal);
        Assert.NotEmpty(hinted);
        Assert.Equal([.. (await ReadAsync(db, unhinted, row => row.GetGuid(0))).Order()], hinted);
    }

    /// <summary>The text of each command as it runs, after every other interceptor.</summary>
    private sealed class ExecutedCommands : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default
        )
        {
            Texts.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    /// <summary>The overview's queries for a senior manager (a reader of every case), today.</summary>
    private (OverviewQueries Queries, DateOnly Today) SeniorManagersQueries(PloDbContext db)
    {
        var today = DateOnly.FromDateTime(api.Clock.GetUtcNow().UtcDateTime);
        return (
            new OverviewQueries(db, new Reader(Roles.SeniorManager), new OverviewOptions(), today, today.AddDays(7)),
            today
        );
    }

    private static async Task<List<string>> PlanAsync(PloDbContext db, DbCommand command)
    {
        await using (command)
        {
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            return await ReadAsync(db, command, row => row.GetString(row.GetOrdinal("detail")));
        }
    }

    /// <summary>Runs a command straight through the connection, past EF's interceptors, reading each row.</summary>
    private static async Task<List<T>> ReadAsync<T>(PloDbContext db, DbCommand command, Func<DbDataReader, T> read)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<T>();
            while (await reader.ReadAsync())
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Seeded families, with one active child moved to the one stage seeding may not reach.</summary>
    private async Task SeedOnceAsync()
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        if (await db.Set<Episode>().AnyAsync())
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<SyntheticSeeder>().SeedAsync(60, null, default);
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Episodes" SET "Stage" = 'DecisionDue'
            WHERE "Id" = (SELECT "Id" FROM "Episodes" WHERE "ClosedOn" IS NULL ORDER BY "Id" LIMIT 1)
            """
        );
    }
}
