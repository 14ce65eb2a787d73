using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// The summary's inputs for readers of every case, kept current case by case: after a change committed in this
/// process only the cases it touched are read again (<see cref="DataVersion.CasesChanged"/>); everything is read again
/// on a new day, after a change to other data, and at least every <see cref="ReadCacheOptions.Seconds"/> (the bound on
/// how long a change made by another process takes to show, as for every cached read).
/// </summary>
public sealed class OverviewFiguresCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
    : IDisposable
{
    private sealed record Entry(long Version, DateOnly Today, DateTimeOffset Until, OverviewFigures Figures);

    private readonly SemaphoreSlim _updating = new(1, 1);
    private volatile Entry? _entry;

    public bool Enabled => options.Value.Seconds > 0;

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
            return current.Figures;
        }

        // One reader brings the figures up to date; those arriving meanwhile wait for it rather than read too.
        await _updating.WaitAsync(ct);
        try
        {
            if (Current(today) is { } updated)
            {
                return updated.Figures;
            }

            // Read before the data: a change committed meanwhile is read again next time, never missed.
            var at = version.Current;
            var now = clock.GetUtcNow();
            var entry = _entry;
            var changed =
                entry is not null && entry.Today == today && entry.Until > now
                    ? version.CasesChanged(entry.Version, at)
                    : null;
            _entry =
                changed is null
                    ? new Entry(at, today, now.AddSeconds(options.Value.Seconds), OverviewFigures.Of(await read(null)))
                : changed.Count == 0 ? entry! with { Version = at }
                : entry! with { Version = at, Figures = entry.Figures.With(changed, await read(changed)) };
            return _entry.Figures;
        }
        finally
        {
            _updating.Release();
        }
    }

    public void Dispose() => _updating.Dispose();

    private Entry? Current(DateOnly today) =>
        _entry is { } entry
        && entry.Version == version.Current
        && entry.Today == today
        && entry.Until > clock.GetUtcNow()
            ? entry
            : null;
}
