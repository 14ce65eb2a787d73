using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;
using Plo.Domain.Calendar;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// Reads the figures of every case again ahead of their readers (senior managers, the panel, lawyers), while they are
/// in use: before they expire (<see cref="ReadCacheOptions.Seconds"/>) and when the day changes. Reading every case
/// takes several times longer than a read kept current case by case; this way no reader waits for it, except the
/// first after a quiet spell (<see cref="OverviewOptions.KeepFiguresWarmMinutes"/>) or a start.
/// </summary>
public sealed class OverviewWarmUp(
    OverviewFiguresCache figures,
    TimeProvider clock,
    WorkingDayCalendar calendar,
    IOptions<OverviewOptions> options,
    IOptions<ReadCacheOptions> cache
) : IDisposable
{
    /// <summary>The figures are read on behalf of every reader of every case, by no one in particular.</summary>
    private sealed class EveryCaseReader : ICurrentUser
    {
        public string UserId => "plo-overview-warm-up";
        public IReadOnlyCollection<string> Roles => [Common.Security.Roles.SeniorManager];
    }

    private readonly SemaphoreSlim _running = new(1, 1);

    public bool Enabled => figures.Enabled && options.Value.KeepFiguresWarmMinutes > 0;

    /// <summary>How often to look: six times in the figures' life, so a read ahead starts well before they
    /// expire.</summary>
    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1.0, cache.Value.Seconds / 6.0));

    /// <summary>Reads every case again if the figures are in use and due; whether it did.</summary>
    public async Task<bool> RunAsync(IPloDbContext db, IConcurrentReads concurrently, CancellationToken ct)
    {
        // One run at a time: a second would find the figures just read.
        await _running.WaitAsync(ct);
        try
        {
            var today = clock.Today();
            var lead = TimeSpan.FromSeconds(cache.Value.Seconds / 3.0);
            var inUse = TimeSpan.FromMinutes(options.Value.KeepFiguresWarmMinutes);
            if (!Enabled || !figures.DueForRefresh(OverviewFiguresCache.EveryCase, today, lead, inUse))
            {
                return false;
            }

            var queries = OverviewQueries.For(db, new EveryCaseReader(), options.Value, calendar, today);
            await figures.RefreshAsync(
                OverviewFiguresCache.EveryCase,
                today,
                cases => OverviewFiguresReads.ByCaseAsync(queries, concurrently, cases, ct),
                ct
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
