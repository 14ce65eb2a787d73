using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Auditing;
using Plo.Infrastructure.Persistence;

namespace Plo.Infrastructure.Auditing;

/// <summary>
/// Reads are recorded without a database write on the request's path: records queue here and a background writer
/// saves them in batches every few hundred milliseconds (and on shutdown). Each instance writes its own.
/// </summary>
public sealed class BufferedAccessLog(IServiceScopeFactory scopes, ILogger<BufferedAccessLog> logger)
    : BackgroundService,
        IAccessLog
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private const int BatchSize = 2000;

    // Read by the timer and by FlushAsync on a request (one at a time, under the semaphore), so not single-reader.
    private readonly Channel<AccessRecord> _queue = Channel.CreateUnbounded<AccessRecord>();
    private readonly SemaphoreSlim _writing = new(1, 1);

    public void Record(AccessRecord record) => _queue.Writer.TryWrite(record);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            while (_queue.Reader.TryPeek(out _))
            {
                await WriteBatchAsync(cancellationToken);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushSafelyAsync(cancellationToken);
    }

    private async Task FlushSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not write the access log; the records waiting will be tried again.");
        }
    }

    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new List<AccessRecord>();
        while (batch.Count < BatchSize && _queue.Reader.TryRead(out var next))
        {
            batch.Add(next);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        try
        {
            await AccessLogInserts.WriteAsync(db, batch, cancellationToken);
        }
        catch
        {
            foreach (var record in batch)
            {
                _queue.Writer.TryWrite(record); // keep them for the next attempt
            }

            throw;
        }
    }
}
