using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plo.Application.Common.Abstractions;
using Plo.Application.Overview.GetOverview;

namespace Plo.Infrastructure.Persistence;

/// <summary>Runs <see cref="OverviewWarmUp"/> once at start, before the server takes requests (ASP.NET Core starts
/// the application's hosted services first), then every few seconds of real time (whatever clock the figures are dated
/// by), each run in a scope of its own.</summary>
public sealed class OverviewWarmUpService(
    OverviewWarmUp warmUp,
    IServiceScopeFactory scopes,
    IConcurrentReads concurrently,
    ILogger<OverviewWarmUpService> logger
) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RunSafelyAsync(warmUp.StartAsync, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!warmUp.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(warmUp.Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunSafelyAsync(warmUp.RunAsync, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunSafelyAsync(
        Func<IPloDbContext, IConcurrentReads, CancellationToken, Task<bool>> run,
        CancellationToken ct
    )
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await run(scope.ServiceProvider.GetRequiredService<IPloDbContext>(), concurrently, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Readers read every case themselves meanwhile, as they would without this.
            logger.LogWarning(ex, "Could not read the overview's figures ahead of their readers.");
        }
    }
}
