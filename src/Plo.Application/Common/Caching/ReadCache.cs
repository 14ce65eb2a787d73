using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Common.Caching;

/// <summary>
/// Reads already computed, served again while no change has been committed in this process (<see cref="DataVersion"/>)
/// and for at most <see cref="ReadCacheOptions.Seconds"/>: the bound on how stale a read can be after a change made by
/// another process (the CLI's imports, a second web server). People read far more often than cases change, so most
/// reads cost a dictionary lookup. Each use is its own subclass, with its own size.
/// </summary>
public abstract class ReadCache<T>(
    DataVersion version,
    TimeProvider clock,
    IOptions<ReadCacheOptions> options,
    int capacity
)
    where T : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(long Version, DateTimeOffset Until, T Value);

    public async ValueTask<T> GetAsync(string key, Func<Task<T>> compute)
    {
        var seconds = options.Value.Seconds;
        if (seconds <= 0)
        {
            return await compute();
        }

        // Read before computing: a change committed meanwhile moves the version on, so this value is never kept as if
        // it were newer than the data it read.
        var at = version.Current;
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Version == at && entry.Until > now)
        {
            return entry.Value;
        }

        var value = await compute();
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(at, now.AddSeconds(seconds), value);
        return value;
    }
}

/// <summary>The <c>ReadCache</c> section.</summary>
public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    /// <summary>How long a computed read (an overview page, a case, whether a user is active in the staff directory)
    /// may be served again while nothing changes in this process (0 turns caching off): the longest a change made
    /// elsewhere (an import, another web server) takes to show.</summary>
    public int Seconds { get; set; } = 30;
}
