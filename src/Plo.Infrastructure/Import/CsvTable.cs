using CsvHelper;

namespace Plo.Infrastructure.Import;

/// <summary>Something wrong with an import file, where a person can find it: the line (1 is the header) and the
/// column.</summary>
public sealed record ImportProblem(int Line, string Field, string Message)
{
    public override string ToString() => $"line {Line}, {Field}: {Message}";
}

/// <summary>One data row of a CSV file: its line number and its values by column name.</summary>
public sealed class CsvRow(int line, IReadOnlyDictionary<string, string> values)
{
    public int Line { get; } = line;

    /// <summary>The trimmed value, or null when the cell is empty or the column absent.</summary>
    public string? this[string column] =>
        values.TryGetValue(column, out var v) && v.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}

/// <summary>
/// Reads a CSV file as a council's spreadsheet exports it: a header row, columns in any order and any case (spaces and
/// underscores alike), UTF-8 with or without a byte-order mark, the separator detected (comma or semicolon).
/// </summary>
public static class CsvTable
{
    public static (List<CsvRow> Rows, List<ImportProblem> Problems) Read(
        TextReader reader,
        IReadOnlyList<string> required,
        IReadOnlyList<string> optional
    )
    {
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            IncludeValuesInExceptions = false,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        csv.ReadHeader();
        if (csv.Headers is not { Count: > 0 } header)
        {
            return ([], [new ImportProblem(1, "header", "The file is empty: it needs a header row.")]);
        }

        var headers = header.Select(Column).ToList();
        var problems = new List<ImportProblem>();
        problems.AddRange(
            required.Where(c => !headers.Contains(c)).Select(c => new ImportProblem(1, c, "This column is missing."))
        );
        problems.AddRange(
            headers
                .Where(h => !required.Contains(h) && !optional.Contains(h))
                .Select(h => new ImportProblem(
                    1,
                    h,
                    $"Unknown column. The columns are: {string.Join(", ", required.Concat(optional))}."
                ))
        );
        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            var values = new Dictionary<string, string>();
            for (var i = 0; i < headers.Count && i < csv.FieldCount; i++)
            {
                values.TryAdd(headers[i], csv.GetString(i));
            }

            if (values.Values.Any(v => v.Trim().Length > 0))
            {
                rows.Add(new CsvRow((int)csv.LineNumber, values));
            }
        }

        return (rows, problems);
    }

    private static string Column(string header) =>
        header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(' ', '_');
}
