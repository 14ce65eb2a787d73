using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// Overview pages already computed, each for one user, query and day, kept while no change has been committed since
/// (<see cref="DataVersion"/>) and for at most <see cref="OverviewOptions.CacheSeconds"/>: the bound on how stale a
/// page can be after a change made by another process (the CLI's imports, a second web server). Managers read the
/// overview far more often than cases change, so most reads cost a dictionary lookup.
/// </summary>
public sealed class OverviewCache(DataVersion version, TimeProvider clock, IOptions<OverviewOptions> options)
{
    private const int MaxEntries = 1024;
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);

    private sealed record Entry(long Version, DateTimeOffset Until, OverviewPage Page);

    public async ValueTask<OverviewPage> GetAsync(string key, Func<Task<OverviewPage>> compute)
    {
        var seconds = options.Value.CacheSeconds;
        if (seconds <= 0)
        {
            return await compute();
        }

        // Read before computing: a change committed meanwhile moves the version on, so this page is never kept as if
        // it were newer than the data it read.
        var at = version.Current;
        var now = clock.GetUtcNow();
        if (_pages.TryGetValue(key, out var entry) && entry.Version == at && entry.Until > now)
        {
            return entry.Page;
        }

        var page = await compute();
        if (_pages.Count >= MaxEntries)
        {
            _pages.Clear();
        }

        _pages[key] = new Entry(at, now.AddSeconds(seconds), page);
        return page;
    }
}
