using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// The summary's inputs for each reader (one set shared by the readers of every case), kept current case by case:
/// after a change committed in this process only the cases it touched are read again
/// (<see cref="DataVersion.CasesChanged"/>); everything is read again on a new day, after a change to other data (and
/// to staff and teams, which decide what a reader reaches, except for readers of every case), and at least every
/// <see cref="ReadCacheOptions.Seconds"/> (the bound on how long a change made by another process takes to show, as for
/// every cached read). Figures in use can be read again ahead of that (<see cref="RefreshAsync"/>), so that their
/// readers do not wait for it.
/// </summary>
public sealed class OverviewFiguresCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
    : IDisposable
{
    private sealed record Entry(long Version, DateOnly Today, DateTimeOffset Until, OverviewFigures Figures)
    {
        /// <summary>When a reader last asked for these figures (ticks of UTC time).</summary>
        public long LastAsked;
    }

    /// <summary>The key of the readers of every case (any other reader's figures are their own).</summary>
    public const string EveryCase = "";

    /// <summary>Readers kept at most; past it, every reader's figures are read again.</summary>
    private const int Capacity = 1024;

    private readonly SemaphoreSlim _updating = new(1, 1);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _fullReads;

    public bool Enabled => options.Value.Seconds > 0;

    /// <summary>How many times every case has been read, for readers or ahead of them.</summary>
    public long FullReads => Interlocked.Read(ref _fullReads);

    /// <param name="reader">Whose figures: readers with the same key reach the same cases.</param>
    /// <param name="today">The day the figures are for.</param>
    /// <param name="read">Reads the figures of these cases, or of every case when null.</param>
    /// <param name="ct">Ends a wait for another reader's update.</param>
    public async Task<OverviewFigures> GetAsync(
        string reader,
        DateOnly today,
        Func<IReadOnlySet<Guid>?, Task<CaseFiguresRead>> read,
        CancellationToken ct
    )
    {
        if (Current(reader, today) is { } current)
        {
            return Asked(current).Figures;
        }

        // One reader brings the figures up to date; those arriving meanwhile wait for it rather than read too.
        await _updating.WaitAsync(ct);
        try
        {
            if (Current(reader, today) is { } updated)
            {
                return Asked(updated).Figures;
            }

            // Read before the data: a change committed meanwhile is read again next time, never missed.
            var at = version.Current;
            var now = clock.GetUtcNow();
            var entry = _entries.GetValueOrDefault(reader);
            var changed =
                entry is not null && entry.Today == today && entry.Until > now
                    ? version.CasesChanged(entry.Version, at, directoryAside: reader == EveryCase)
                    : null;
            var updating =
                changed is null ? await ReadEveryCaseAsync(at, today, now, read)
                : changed.Count == 0 ? entry! with { Version = at }
                : entry! with { Version = at, Figures = entry.Figures.With(changed, await read(changed)) };
            Keep(reader, Asked(updating));
            return updating.Figures;
        }
        finally
        {
            _updating.Release();
        }
    }

    /// <summary>
    /// Whether a reader's figures are in use (asked for within <paramref name="inUseFor"/>) and will soon need every
    /// case read again: within <paramref name="lead"/> of their expiry, or kept for a day before
    /// <paramref name="today"/>.
    /// </summary>
    public bool DueForRefresh(string reader, DateOnly today, TimeSpan lead, TimeSpan inUseFor)
    {
        var now = clock.GetUtcNow();
        return _entries.TryGetValue(reader, out var entry)
            && Volatile.Read(ref entry.LastAsked) >= (now - inUseFor).UtcTicks
            && (entry.Today != today || entry.Until - now <= lead);
    }

    /// <summary>
    /// Reads every case for a reader now, ahead of their next read, without holding up readers meanwhile: a change
    /// committed during the read is applied, case by case, by the next reader.
    /// </summary>
    public async Task RefreshAsync(
        string reader,
        DateOnly today,
        Func<IReadOnlySet<Guid>?, Task<CaseFiguresRead>> read,
        CancellationToken ct
    )
    {
        var at = version.Current;
        var refreshed = await ReadEveryCaseAsync(at, today, clock.GetUtcNow(), read);
        await _updating.WaitAsync(ct);
        try
        {
            // Kept unless a reader has meanwhile read every case again, later than this read began.
            var kept = _entries.GetValueOrDefault(reader);
            if (kept is null || kept.Today < today || (kept.Today == today && kept.Until <= refreshed.Until))
            {
                refreshed.LastAsked = kept is null ? 0 : Volatile.Read(ref kept.LastAsked);
                Keep(reader, refreshed);
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

    private void Keep(string reader, Entry entry)
    {
        if (_entries.Count >= Capacity && !_entries.ContainsKey(reader))
        {
            _entries.Clear();
        }

        _entries[reader] = entry;
    }

    private Entry Asked(Entry entry)
    {
        Volatile.Write(ref entry.LastAsked, clock.GetUtcNow().UtcTicks);
        return entry;
    }

    private Entry? Current(string reader, DateOnly today) =>
        _entries.TryGetValue(reader, out var entry)
        && entry.Version == version.Current
        && entry.Today == today
        && entry.Until > clock.GetUtcNow()
            ? entry
            : null;
}
