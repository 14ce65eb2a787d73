using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.Persistence;

namespace Plo.Cli.Commands;

/// <summary><c>plo migrate</c>: applies pending migrations to the configured database (either provider).</summary>
public sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";
    public string Usage => "migrate                      apply pending migrations to the configured database";

    public async Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var provider = scope.ServiceProvider.GetRequiredService<DatabaseOptions>().Provider;
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await DatabaseInitializer.MigrateAsync(db, provider, cancellationToken);
        var database = DatabaseDescription.Of(db, provider);
        output.WriteLine(
            pending.Count == 0
                ? $"{database}: up to date."
                : $"{database}: applied {pending.Count} migration(s): {string.Join(", ", pending)}."
        );
        return 0;
    }
}
