using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.Import;
using Plo.Infrastructure.Persistence;

namespace Plo.Cli.Commands;

/// <summary><c>plo import-staff FILE.csv [--dry-run]</c>: the council's staff list into the directory, all rows or
/// none.</summary>
public sealed class ImportStaffCommand : ICliCommand
{
    public string Name => "import-staff";
    public string Usage =>
        "import-staff FILE.csv [--dry-run]   add or update the staff directory from a CSV file (columns: "
        + $"{string.Join(", ", StaffImporter.Required)}; optional {string.Join(", ", StaffImporter.Optional)})";

    public IReadOnlySet<string> Flags => new HashSet<string> { "--dry-run" };

    public async Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var path = args.Positional is [var one] ? one : throw new CliUsageException("Name one CSV file.");
        using var file = ImportFiles.Open(path);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        await DatabaseInitializer.MigrateIfConfiguredAsync(scope.ServiceProvider, cancellationToken);
        var result = await scope
            .ServiceProvider.GetRequiredService<StaffImporter>()
            .ImportAsync(file, args.Flag("--dry-run"), ImportFiles.Operator, cancellationToken);

        if (ImportFiles.Report(path, result.Problems, output))
        {
            return 1;
        }

        var database = DatabaseDescription.Of(db, scope.ServiceProvider.GetRequiredService<DatabaseOptions>().Provider);
        output.WriteLine(
            args.Flag("--dry-run")
                ? $"{path}: every row is valid. Nothing was stored (--dry-run)."
                : $"{path}: {result.Added} added, {result.Updated} updated, in the " + $"{database}."
        );
        return 0;
    }
}
