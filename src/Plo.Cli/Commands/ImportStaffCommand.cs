using Plo.Infrastructure.Import;

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

    public Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    ) =>
        ImportFiles.RunAsync<StaffImporter, StaffImportResult>(
            args,
            services,
            output,
            (importer, file, dryRun) => importer.ImportAsync(file, dryRun, ImportFiles.Operator, cancellationToken),
            r => r.Problems,
            r => $"{r.Added} added, {r.Updated} updated",
            cancellationToken
        );
}
