using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Plo.Domain.Auditing;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.Auditing;

/// <summary>
/// Access records written as multi-row INSERTs in one transaction, not through the change tracker: every read writes
/// one, and tracking each record and reading back its id cost more than the read itself under load. Parameters take
/// their provider's form from EF's type mappings (a Guid is text on SQLite), so the rows are as EF would write them.
/// </summary>
internal static class AccessLogInserts
{
    // Five parameters a row: 200 rows stay well inside SQL Server's 2,100 parameters and 1,000 rows a statement.
    private const int RowsPerStatement = 200;

    private static readonly string[] Properties =
    [
        nameof(AccessRecord.At),
        nameof(AccessRecord.UserId),
        nameof(AccessRecord.Roles),
        nameof(AccessRecord.What),
        nameof(AccessRecord.CaseId),
    ];

    public static async Task WriteAsync(PloDbContext db, IReadOnlyList<AccessRecord> records, CancellationToken ct)
    {
        // Table and column names as the model maps them, quoted as the provider quotes them.
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(AccessRecord))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var table = sql.DelimitIdentifier(store.Name, store.Schema);
        var columns = string.Join(
            ", ",
            Properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(store)!))
        );
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in records.Chunk(RowsPerStatement))
        {
            var text = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
            var values = new List<object>(chunk.Length * 5);
            foreach (var record in chunk)
            {
                var n = values.Count;
                text.Append(n == 0 ? "" : ", ")
                    .Append(CultureInfo.InvariantCulture, $"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, ")
                    .Append(record.CaseId is null ? "NULL)" : $"{{{n + 4}}})");
                values.AddRange([record.At, record.UserId, record.Roles, record.What]);
                if (record.CaseId is { } caseId)
                {
                    values.Add(caseId);
                }
            }

            await db.Database.ExecuteSqlRawAsync(text.ToString(), values, ct);
        }

        await transaction.CommitAsync(ct);
    }
}
