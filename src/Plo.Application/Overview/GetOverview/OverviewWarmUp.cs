using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;
using Plo.Domain.Calendar;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// Reads the figures of every case (every reader's overview is taken from them) at start, before the first reader
/// comes, and again ahead of their readers while they are in use: before they expire
/// (<see cref="ReadCacheOptions.Seconds"/>) and when the day changes. Reading every case takes several times longer
/// than a read kept current case by case; this way no reader waits for it, except the first after a quiet spell
/// (<see cref="OverviewOptions.KeepFiguresWarmMinutes"/>) or a change to data other than cases'.
/// </summary>
public sealed class OverviewWarmUp(
    OverviewFiguresCache figures,
    TimeProvider clock,
    WorkingDayCalendar calendar,
    IOptions<OverviewOptions> options,
    IOptions<ReadCacheOptions> cache
) : IDisposable
{
    private readonly SemaphoreSlim _running = new(1, 1);

    public bool Enabled => figures.Enabled && options.Value.KeepFiguresWarmMinutes > 0;

    /// <summary>How often to look: six times in the figures' life, so a read ahead starts well before they
    /// expire.</summary>
    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1.0, cache.Value.Seconds / 6.0));

    /// <summary>Reads every case again if the figures are in use and due; whether it did.</summary>
    public Task<bool> RunAsync(IPloDbContext db, IConcurrentReads concurrently, CancellationToken ct) =>
        ReadAsync(db, concurrently, atStart: false, ct);

    /// <summary>Reads every case before the first reader comes, as if read then (so kept warm from then).</summary>
    public Task<bool> StartAsync(IPloDbContext db, IConcurrentReads concurrently, CancellationToken ct) =>
        ReadAsync(db, concurrently, atStart: true, ct);

    private async Task<bool> ReadAsync(
        IPloDbContext db,
        IConcurrentReads concurrently,
        bool atStart,
        CancellationToken ct
    )
    {
        // One run at a time: a second would find the figures just read.
        await _running.WaitAsync(ct);
        try
        {
            var today = clock.Today();
            var lead = TimeSpan.FromSeconds(cache.Value.Seconds / 3.0);
            var inUse = TimeSpan.FromMinutes(options.Value.KeepFiguresWarmMinutes);
            if (!Enabled || (!atStart && !figures.DueForRefresh(today, lead, inUse)))
            {
                return false;
            }

            var queries = OverviewQueries.ForEveryCase(db, options.Value, calendar, today);
            await figures.RefreshAsync(
                today,
                cases => OverviewFiguresReads.ByCaseAsync(queries, concurrently, cases, ct),
                ct,
                asRead: atStart
            );
            return true;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();
}
