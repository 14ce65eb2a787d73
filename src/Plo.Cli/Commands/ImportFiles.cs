using Plo.Infrastructure.Import;

namespace Plo.Cli.Commands;

/// <summary>What the import commands share: opening the file, who is importing, and printing what is wrong.</summary>
internal static class ImportFiles
{
    /// <summary>The person running the import, for the audit record.</summary>
    public static string Operator => $"cli:{Environment.UserName}";

    public static StreamReader Open(string path) =>
        File.Exists(path)
            ? new StreamReader(path, detectEncodingFromByteOrderMarks: true)
            : throw new CliUsageException($"No file at {path}.");

    /// <summary>Prints each problem as <c>FILE:LINE: column: message</c>; true when there were any.</summary>
    public static bool Report(string path, IReadOnlyList<ImportProblem> problems, TextWriter output)
    {
        foreach (var problem in problems)
        {
            output.WriteLine($"{path}:{problem.Line}: {problem.Field}: {problem.Message}");
        }

        if (problems.Count > 0)
        {
            output.WriteLine($"{path}: {problems.Count} problem(s). Nothing was stored.");
        }

        return problems.Count > 0;
    }
}
