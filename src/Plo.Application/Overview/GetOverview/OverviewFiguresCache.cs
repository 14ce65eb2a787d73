using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// The summary's inputs for every case, kept current case by case (a reader with a reach takes those of the cases
/// they reach, <see cref="OverviewFigures.Within"/>): after a change committed in this process only the cases it
/// touched are read again (<see cref="DataVersion.CasesChanged"/>; a change to the staff directory alone touches none,
/// as it decides what a reader reaches, not a case's figures); everything is read again on a new day, after a change to
/// other data, and at least every <see cref="ReadCacheOptions.Seconds"/> (the bound on how long a change made by
/// another process takes to show, as for every cached read). Figures in use can be read again ahead of that
/// (<see cref="RefreshAsync"/>), so that their readers do not wait for it.
/// </summary>
public sealed class OverviewFiguresCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
    : IDisposable
{
    private sealed record Entry(long Version, DateOnly Today, DateTimeOffset Until, OverviewFigures Figures)
    {
        /// <summary>When a reader last asked for these figures (ticks of UTC time).</summary>
        public long LastAsked;
    }

    private readonly SemaphoreSlim _updating = new(1, 1);
    private Entry? _entry;
    private long _fullReads;

    public bool Enabled => options.Value.Seconds > 0;

    /// <summary>How many times every case has been read, for readers or ahead of them.</summary>
    public long FullReads => Interlocked.Read(ref _fullReads);

    /// <param name="today">The day the figures are for.</param>
    /// <param name="read">Reads the figures of these cases, or of every case when null.</param>
    /// <param name="ct">Ends a wait for another reader's update.</param>
    public async Task<OverviewFigures> GetAsync(
        DateOnly today,
        Func<IReadOnlySet<Guid>?, Task<CaseFiguresRead>> read,
        CancellationToken ct
    )
    {
        if (Current(today) is { } current)
        {
            return Asked(current).Figures;
        }

        // One reader brings the figures up to date; those arriving meanwhile wait for it rather than read too.
        await _updating.WaitAsync(ct);
        try
        {
            if (Current(today) is { } updated)
            {
                return Asked(updated).Figures;
            }

            // Read before the data: a change committed meanwhile is read again next time, never missed.
            var at = version.Current;
            var now = clock.GetUtcNow();
            var entry = Volatile.Read(ref _entry);
            var changed =
                entry is not null && entry.Today == today && entry.Until > now
                    ? version.CasesChanged(entry.Version, at, directoryAside: true)
                    : null;
            var updating =
                changed is null ? await ReadEveryCaseAsync(at, today, now, read)
                : changed.Count == 0 ? entry! with { Version = at }
                : entry! with { Version = at, Figures = entry.Figures.With(changed, await read(changed)) };
            Keep(Asked(updating));
            return updating.Figures;
        }
        finally
        {
            _updating.Release();
        }
    }

    /// <summary>
    /// Whether the figures are in use (asked for within <paramref name="inUseFor"/>) and will soon need every case read
    /// again: within <paramref name="lead"/> of their expiry, or kept for a day before <paramref name="today"/>.
    /// </summary>
    public bool DueForRefresh(DateOnly today, TimeSpan lead, TimeSpan inUseFor)
    {
        var now = clock.GetUtcNow();
        return Volatile.Read(ref _entry) is { } entry
            && Volatile.Read(ref entry.LastAsked) >= (now - inUseFor).UtcTicks
            && (entry.Today != today || entry.Until - now <= lead);
    }

    /// <summary>
    /// Reads every case now, ahead of the next read, without holding up readers meanwhile: a change committed during
    /// the read is applied, case by case, by the next reader.
    /// </summary>
    /// <param name="today">The day the figures are for.</param>
    /// <param name="read">Reads the figures of every case.</param>
    /// <param name="ct">Ends a wait for a reader's update.</param>
    /// <param name="asRead">Whether to count this as a read (at start, so that the figures are kept warm from
    /// then).</param>
    public async Task RefreshAsync(
        DateOnly today,
        Func<IReadOnlySet<Guid>?, Task<CaseFiguresRead>> read,
        CancellationToken ct,
        bool asRead = false
    )
    {
        var at = version.Current;
        var refreshed = await ReadEveryCaseAsync(at, today, clock.GetUtcNow(), read);
        await _updating.WaitAsync(ct);
        try
        {
            // Kept unless a reader has meanwhile read every case again, later than this read began.
            var kept = Volatile.Read(ref _entry);
            if (kept is null || kept.Today < today || (kept.Today == today && kept.Until <= refreshed.Until))
            {
                refreshed.LastAsked = kept is null ? 0 : Volatile.Read(ref kept.LastAsked);
                Keep(asRead ? Asked(refreshed) : refreshed);
            }
        }
        finally
        {
            _updating.Release();
        }
    }

    public void Dispose() => _updating.Dispose();

    private async Task<Entry> ReadEveryCaseAsync(
        long at,
        DateOnly today,
        DateTimeOffset now,
        Func<IReadOnlySet<Guid>?, Task<CaseFiguresRead>> read
    )
    {
        var figures = OverviewFigures.Of(await read(null));
        Interlocked.Increment(ref _fullReads);
        return new Entry(at, today, now.AddSeconds(options.Value.Seconds), figures);
    }

    private void Keep(Entry entry) => Volatile.Write(ref _entry, entry);

    private Entry Asked(Entry entry)
    {
        Volatile.Write(ref entry.LastAsked, clock.GetUtcNow().UtcTicks);
        return entry;
    }

    private Entry? Current(DateOnly today) =>
        Volatile.Read(ref _entry) is { } entry
        && entry.Version == version.Current
        && entry.Today == today
        && entry.Until > clock.GetUtcNow()
            ? entry
            : null;
}
