using Microsoft.EntityFrameworkCore;
using Moq;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Overview;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Journey;
using Plo.Infrastructure.Persistence;

namespace Plo.IntegrationTests.Overview;

/// <summary>The overview query becomes one SQL statement on both providers: nothing is left to evaluate on the
/// client.</summary>
public class OverviewTranslationTests
{
    [Theory]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused;Trusted_Connection=True")]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    public void The_rows_translate_to_sql(DatabaseProvider provider, string connectionString)
    {
        using var db = new PloDbContext(PloDbContextOptions.Build(provider, connectionString));
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns("tm-1");
        user.Setup(u => u.IsInRole(Roles.TeamManager)).Returns(true);
        var today = new DateOnly(2026, 3, 2);
        var queries = new OverviewQueries(db, user.Object, new OverviewOptions(), today, today.AddDays(7));

        var sql = queries
            .Rows(closed: false, today)
            .Where(r => r.Stage == EpisodeStage.InReview && r.Rag == (int)Rag.Red && r.Overdue && r.DateOfBirth == null)
            .OrderByDescending(r => r.Rag)
            .ThenBy(r => r.NextDue)
            .Skip(50)
            .Take(50)
            .ToQueryString();

        Assert.Contains("SELECT", sql, StringComparison.Ordinal);
        Assert.Contains("CASE", sql, StringComparison.Ordinal); // RAG is computed by the database
        Assert.Contains("TeamManagerId", sql, StringComparison.Ordinal); // so is who sees what
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused;Trusted_Connection=True")]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    public void The_summary_reads_one_narrow_row_per_child_in_sql(DatabaseProvider provider, string connectionString)
    {
        using var db = new PloDbContext(PloDbContextOptions.Build(provider, connectionString));
        var today = new DateOnly(2026, 3, 2);
        var queries = new OverviewQueries(
            db,
            new Mock<ICurrentUser>().Object,
            new OverviewOptions(),
            today,
            today.AddDays(7)
        );

        var sql = queries.Facts(queries.Rows(closed: false, today)).ToQueryString();

        Assert.Contains("CASE", sql, StringComparison.Ordinal); // the RAG, by the same rule as the rows
        Assert.DoesNotContain("Children", sql, StringComparison.Ordinal); // the child lookup is pruned from the summary
        Assert.DoesNotContain("Staff", sql, StringComparison.Ordinal); // and so are the names
    }

    /// <summary>The summary's other reads, with and without the reach (a senior manager reads parts of cases without
    /// their cases): this machine runs no SQL Server, so each must at least translate for it.</summary>
    [Theory]
    [MemberData(nameof(ProvidersAndReaders))]
    public void The_summarys_other_reads_translate_to_sql(
        DatabaseProvider provider,
        string connectionString,
        string role
    )
    {
        using var db = new PloDbContext(PloDbContextOptions.Build(provider, connectionString));
        var queries = QueriesFor(db, role);

        var reads = new[]
        {
            queries.Exits().ToQueryString(),
            queries.KeyDatesMetCounts().ToQueryString(),
            queries.ChangedOften().ToQueryString(),
            queries.Rationales([Guid.NewGuid(), Guid.NewGuid()]).ToQueryString(),
        };

        Assert.All(reads, sql => Assert.Contains("SELECT", sql, StringComparison.Ordinal));
        Assert.All(reads[..3], sql => Assert.Contains("GROUP BY", sql, StringComparison.Ordinal));
        var reach = role == Roles.TeamManager;
        Assert.Equal(reach, reads[0].Contains("TeamManagerId", StringComparison.Ordinal));
        Assert.Equal(reach, reads[1].Contains("TeamManagerId", StringComparison.Ordinal));
        Assert.DoesNotContain("Cases", reads[2], StringComparison.Ordinal); // matched to reached cases afterwards
    }

    /// <summary>The history kept by case (<see cref="OverviewFigures"/>), with and without a reach, for every case and
    /// for the few a change touched.</summary>
    [Theory]
    [MemberData(nameof(ProvidersAndReaders))]
    public void The_history_by_case_translates_to_sql(DatabaseProvider provider, string connectionString, string role)
    {
        using var db = new PloDbContext(PloDbContextOptions.Build(provider, connectionString));
        var queries = QueriesFor(db, role);
        List<Guid> changed = [Guid.NewGuid(), Guid.NewGuid()];

        foreach (var cases in new[] { null, changed })
        {
            var reads = new[]
            {
                queries.ExitsByCase(cases).ToQueryString(),
                queries.KeyDatesMetByCase(cases).ToQueryString(),
                queries.ChangedOften(cases).ToQueryString(),
            };

            Assert.All(reads, sql => Assert.Contains("GROUP BY", sql, StringComparison.Ordinal));
            Assert.All(reads, sql => Assert.Contains("CaseId", sql, StringComparison.Ordinal));
            Assert.All(reads, sql => Assert.Equal(cases is not null, sql.Contains("@cases", StringComparison.Ordinal)));
            Assert.Equal(role == Roles.TeamManager, reads[0].Contains("TeamManagerId", StringComparison.Ordinal));
            Assert.Equal(role == Roles.TeamManager, reads[1].Contains("TeamManagerId", StringComparison.Ordinal));
        }
    }

    /// <summary>Each provider, for a reader of every case and for a reader with a reach.</summary>
    public static TheoryData<DatabaseProvider, string, string> ProvidersAndReaders =>
        new()
        {
            {
                DatabaseProvider.SqlServer,
                "Server=unused;Database=unused;Trusted_Connection=True",
                Roles.SeniorManager
            },
            { DatabaseProvider.SqlServer, "Server=unused;Database=unused;Trusted_Connection=True", Roles.TeamManager },
            { DatabaseProvider.Sqlite, "Data Source=unused.db", Roles.SeniorManager },
            { DatabaseProvider.Sqlite, "Data Source=unused.db", Roles.TeamManager },
        };

    private static OverviewQueries QueriesFor(PloDbContext db, string role)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns("user-1");
        user.Setup(u => u.IsInRole(role)).Returns(true);
        var today = new DateOnly(2026, 3, 2);
        return new OverviewQueries(db, user.Object, new OverviewOptions(), today, today.AddDays(7));
    }
}
