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
}
