using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// The audit, access-log and timeline tables refuse UPDATE and DELETE in the database itself, by trigger, so not even
/// a hand-written statement can rewrite history. EF is told about the triggers so it saves without OUTPUT or RETURNING.
/// </summary>
public static class AppendOnlyTables
{
    public static readonly string[] Tables = ["AuditRecords", "AccessLog", "Timeline"];

    public static void DeclareTriggers<T>(TableBuilder<T> table, string name)
        where T : class
    {
        table.HasTrigger($"{name}_NoUpdate");
        table.HasTrigger($"{name}_NoDelete");
    }

    public static void CreateSqliteTriggers(MigrationBuilder migration)
    {
        foreach (var table in Tables)
        {
            foreach (var (suffix, verb) in new[] { ("NoUpdate", "UPDATE"), ("NoDelete", "DELETE") })
            {
                migration.Sql(
                    $"CREATE TRIGGER {table}_{suffix} BEFORE {verb} ON {table} BEGIN SELECT RAISE(ABORT, '{table} is "
                        + $"append-only'); END;"
                );
            }
        }
    }

    public static void CreateSqlServerTriggers(MigrationBuilder migration)
    {
        foreach (var table in Tables)
        {
            foreach (var (suffix, verb) in new[] { ("NoUpdate", "UPDATE"), ("NoDelete", "DELETE") })
            {
                // CREATE TRIGGER must start its batch, and the idempotent script wraps each step in IF ... BEGIN END.
                migration.Sql(
                    $"EXEC(N'CREATE TRIGGER [{table}_{suffix}] ON [{table}] INSTEAD OF {verb} AS BEGIN SET NOCOUNT "
                        + $"ON; THROW 51000, ''{table} is append-only.'', 1; END');"
                );
            }
        }
    }

    public static void DropTriggers(MigrationBuilder migration, bool sqlServer)
    {
        foreach (var table in Tables)
        {
            foreach (var suffix in new[] { "NoUpdate", "NoDelete" })
            {
                migration.Sql(sqlServer ? $"DROP TRIGGER [{table}_{suffix}];" : $"DROP TRIGGER {table}_{suffix};");
            }
        }
    }
}
