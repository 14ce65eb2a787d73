using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.Import;
using Plo.Infrastructure.Persistence;

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

    /// <summary>
    /// What every import does: open the one CSV named, migrate if configured, run the importer (all rows or none),
    /// print the problems by line and column (exit 1), or what was stored and where (exit 0).
    /// </summary>
    public static async Task<int> RunAsync<TImporter, TResult>(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        Func<TImporter, TextReader, bool, Task<TResult>> import,
        Func<TResult, IReadOnlyList<ImportProblem>> problems,
        Func<TResult, string> stored,
        CancellationToken cancellationToken
    )
        where TImporter : notnull
    {
        var path = args.Positional is [var one] ? one : throw new CliUsageException("Name one CSV file.");
        var dryRun = args.Flag("--dry-run");
        using var file = Open(path);
        await using var scope = services.CreateAsyncScope();
        await DatabaseInitializer.MigrateIfConfiguredAsync(scope.ServiceProvider, cancellationToken);
        var result = await import(scope.ServiceProvider.GetRequiredService<TImporter>(), file, dryRun);
        if (Report(path, problems(result), output))
        {
            return 1;
        }

        var database = DatabaseDescription.Of(
            scope.ServiceProvider.GetRequiredService<PloDbContext>(),
            scope.ServiceProvider.GetRequiredService<DatabaseOptions>().Provider
        );
        output.WriteLine(
            dryRun
                ? $"{path}: every row is valid. Nothing was stored (--dry-run)."
                : $"{path}: {stored(result)}, in the {database}."
        );
        return 0;
    }
}
