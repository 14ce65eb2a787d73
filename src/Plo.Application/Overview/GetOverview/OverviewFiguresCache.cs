using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// The summary's inputs for each reader (one set shared by the readers of every case), kept current case by case:
/// after a change committed in this process only the cases it touched are read again
/// (<see cref="DataVersion.CasesChanged"/>); everything is read again on a new day, after a change to other data (staff
/// and teams decide what a reader reaches), and at least every <see cref="ReadCacheOptions.Seconds"/> (the bound on how
/// long a change made by another process takes to show, as for every cached read).
/// </summary>
public sealed class OverviewFiguresCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
    : IDisposable
{
    private sealed record Entry(long Version, DateOnly Today, DateTimeOffset Until, OverviewFigures Figures);

    /// <summary>Readers kept at most; past it, every reader's figures are read again.</summary>
    private const int Capacity = 1024;

    private readonly SemaphoreSlim _updating = new(1, 1);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool Enabled => options.Value.Seconds > 0;

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
            return current.Figures;
        }

        // One reader brings the figures up to date; those arriving meanwhile wait for it rather than read too.
        await _updating.WaitAsync(ct);
        try
        {
            if (Current(reader, today) is { } updated)
            {
                return updated.Figures;
            }

            // Read before the data: a change committed meanwhile is read again next time, never missed.
            var at = version.Current;
            var now = clock.GetUtcNow();
            var entry = _entries.GetValueOrDefault(reader);
            var changed =
                entry is not null && entry.Today == today && entry.Until > now
                    ? version.CasesChanged(entry.Version, at)
                    : null;
            var updating =
                changed is null
                    ? new Entry(at, today, now.AddSeconds(options.Value.Seconds), OverviewFigures.Of(await read(null)))
                : changed.Count == 0 ? entry! with { Version = at }
                : entry! with { Version = at, Figures = entry.Figures.With(changed, await read(changed)) };
            if (_entries.Count >= Capacity && !_entries.ContainsKey(reader))
            {
                _entries.Clear();
            }

            _entries[reader] = updating;
            return updating.Figures;
        }
        finally
        {
            _updating.Release();
        }
    }

    public void Dispose() => _updating.Dispose();

    private Entry? Current(string reader, DateOnly today) =>
        _entries.TryGetValue(reader, out var entry)
        && entry.Version == version.Current
        && entry.Today == today
        && entry.Until > clock.GetUtcNow()
            ? entry
            : null;
}
