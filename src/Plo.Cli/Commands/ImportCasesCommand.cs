using Plo.Infrastructure.Import;

namespace Plo.Cli.Commands;

/// <summary><c>plo import-cases FILE.csv [--dry-run]</c>: the families already in pre-proceedings, with their history,
/// all or none.</summary>
public sealed class ImportCasesCommand : ICliCommand
{
    public string Name => "import-cases";
    public string Usage =>
        "import-cases FILE.csv [--dry-run]   bring in the families already in pre-proceedings from a tracker's CSV "
        + "(columns: "
        + $"{string.Join(", ", CaseImporter.Required)}; optional {string.Join(", ", CaseImporter.Optional)})";

    public IReadOnlySet<string> Flags => new HashSet<string> { "--dry-run" };

    public Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    ) =>
        ImportFiles.RunAsync<CaseImporter, CaseImportResult>(
            args,
            services,
            output,
            (importer, file, dryRun) => importer.ImportAsync(file, dryRun, ImportFiles.Operator, cancellationToken),
            r => r.Problems,
            r => $"{r.Added} families added, {r.AlreadyImported} already imported",
            cancellationToken
        );
}
