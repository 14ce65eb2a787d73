using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Persistence;

namespace Plo.Cli.Commands;

/// <summary><c>plo seed --families N</c>: adds synthetic families to the configured database until there are
/// N.</summary>
public sealed class SeedCommand : ICliCommand
{
    public string Name => "seed";
    public string Usage =>
        "seed --families N               add synthetic families (idempotent, batched) to the configured database";

    public IReadOnlySet<string> Options => new HashSet<string> { "--families" };

    public async Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var families =
            int.TryParse(args.Required("--families"), out var n) && n is >= 0 and <= 1_000_000
                ? n
                : throw new CliUsageException("--families must be a whole number from 0 to 1000000.");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var provider = scope.ServiceProvider.GetRequiredService<DatabaseOptions>().Provider;
        await DatabaseInitializer.MigrateAsync(db, provider, cancellationToken);
        output.WriteLine($"Seeding the {DatabaseDescription.Of(db, provider)}.");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var added = await scope
            .ServiceProvider.GetRequiredService<SyntheticSeeder>()
            .SeedAsync(families, done => output.WriteLine($"  {done} families"), cancellationToken);
        output.WriteLine(
            $"Added {added} synthetic families in {started.Elapsed.TotalSeconds:0.0} s; there are now {families}."
        );
        return 0;
    }
}
