using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.Import;
using Plo.Infrastructure.Persistence;

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
            .ServiceProvider.GetRequiredService<CaseImporter>()
            .ImportAsync(file, args.Flag("--dry-run"), ImportFiles.Operator, cancellationToken);

        if (ImportFiles.Report(path, result.Problems, output))
        {
            return 1;
        }

        var database = DatabaseDescription.Of(db, scope.ServiceProvider.GetRequiredService<DatabaseOptions>().Provider);
        output.WriteLine(
            args.Flag("--dry-run")
                ? $"{path}: every row is valid. Nothing was stored (--dry-run)."
                : $"{path}: {result.Added} families added, {result.AlreadyImported} already imported, in the "
                    + $"{database}."
        );
        return 0;
    }
}
