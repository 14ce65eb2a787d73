namespace Plo.Application.Common.Abstractions;

/// <summary>
/// A number that goes up each time this process commits a change to the tracker's data (access and audit records
/// aside), so that a read model computed at one version is known to be current while the number stands. The latest
/// changes also say which cases they touched, so a read model kept per case can re-read only those.
/// </summary>
public sealed class DataVersion
{
    /// <summary>How many of the latest changes are remembered with their cases; a read model further behind reads
    /// everything again.</summary>
    public const int Remembered = 1024;

    private readonly Lock _lock = new();
    private readonly Queue<(long Version, Guid[]? Cases, bool Directory)> _latest = new();
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    /// <summary>A change that may have touched anything.</summary>
    public void Bump() => Bump(null);

    /// <param name="cases">The cases whose data the change touched, when it touched nothing else (but the staff
    /// directory, if <paramref name="directory"/>); null when it touched other data too or could not tell.</param>
    /// <param name="directory">Whether it touched the staff directory (staff, teams): what a reader with a reach
    /// reaches, not the cases' data.</param>
    public void Bump(IReadOnlyCollection<Guid>? cases, bool directory = false)
    {
        lock (_lock)
        {
            var next = _current + 1;
            _latest.Enqueue((next, cases is null ? null : [.. cases], directory));
            if (_latest.Count > Remembered)
            {
                _latest.Dequeue();
            }

            // Published after it is recorded: whoever sees the number can ask what it changed.
            Interlocked.Exchange(ref _current, next);
        }
    }

    /// <summary>The cases the changes after <paramref name="since"/>, up to and including <paramref name="until"/>,
    /// touched; null when one of them touched more than cases (or the staff directory, unless
    /// <paramref name="directoryAside"/>) or is no longer remembered.</summary>
    /// <param name="since">The version already read.</param>
    /// <param name="until">The version to read up to.</param>
    /// <param name="directoryAside">For a reader whose reach the staff directory does not decide (they reach every
    /// case): a change to it alone touched no case.</param>
    public HashSet<Guid>? CasesChanged(long since, long until, bool directoryAside = false)
    {
        lock (_lock)
        {
            if (since >= until)
            {
                return [];
            }

            if (_latest.Count == 0 || _latest.Peek().Version > since + 1)
            {
                return null;
            }

            var cases = new HashSet<Guid>();
            foreach (var (version, touched, directory) in _latest)
            {
                if (version <= since || version > until)
                {
                    continue;
                }

                if (touched is null || (directory && !directoryAside))
                {
                    return null;
                }

                cases.UnionWith(touched);
            }

            return cases;
        }
    }
}
