using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Plo.Application.Common.Security;
using Plo.Infrastructure.Persistence;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Persistence;

/// <summary>History cannot be rewritten: the database itself refuses to update or delete audit, access and timeline
/// rows.</summary>
public class AppendOnlyTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Theory]
    [InlineData("AuditRecords", "UPDATE AuditRecords SET UserId = 'rewritten'")]
    [InlineData("AuditRecords", "DELETE FROM AuditRecords")]
    [InlineData("Timeline", "UPDATE Timeline SET UserId = 'rewritten'")]
    [InlineData("Timeline", "DELETE FROM Timeline")]
    [InlineData("AccessLog", "UPDATE AccessLog SET UserId = 'rewritten'")]
    [InlineData("AccessLog", "DELETE FROM AccessLog")]
    public async Task The_database_refuses_to_rewrite_history(string table, string sql)
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        await journey.GetAsync("timeline");
        // writes the access log out
        await api.ClientFor(Roles.SeniorManager, "sm-1").GetAsync($"/api/audit/access?caseId={journey.CaseId}");
        await using var connection = new SqliteConnection($"Data Source={api.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        var before = await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table}");

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        // The access log may grow meanwhile (reads are written in batches); nothing may shrink or change.
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.True(before > 0);
        Assert.True(await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table}") >= before);
        Assert.Equal(0, await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table} WHERE UserId = 'rewritten'"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = sql;
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public void The_sql_server_idempotent_script_parses_with_no_errors()
    {
        using var db = new PloDbContext(
            PloDbContextOptions.Build(
                DatabaseProvider.SqlServer,
                "Server=unused;Database=unused;Trusted_Connection=True"
            )
        );
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"line {e.Line}: {e.Message}")));
        foreach (var table in AppendOnlyTables.Tables)
        {
            Assert.Contains($"CREATE TRIGGER [{table}_NoUpdate]", script, StringComparison.Ordinal);
            Assert.Contains($"CREATE TRIGGER [{table}_NoDelete]", script, StringComparison.Ordinal);
        }
    }
}
