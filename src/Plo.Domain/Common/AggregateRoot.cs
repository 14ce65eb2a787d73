namespace Plo.Domain.Common;

/// <summary>
/// A consistency boundary. <see cref="Version"/> is an application-managed concurrency token
/// (SQLite has no rowversion): every state change bumps it, and the database update is
/// conditional on the version that was read, so a stale writer gets a conflict.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<TimelineEvent> _events = [];

    public int Version { get; private set; } = 1;

    /// <summary>Events raised since the aggregate was loaded; written to the timeline on save.</summary>
    public IReadOnlyList<TimelineEvent> PendingEvents => _events;

    public void ClearPendingEvents() => _events.Clear();

    protected void Changed() => Version++;

    protected void Raise(string kind, string summary, Guid? caseId = null) =>
        _events.Add(new TimelineEvent(kind, summary, caseId));

    protected void Raise(TimelineEvent e) => _events.Add(e);

    /// <summary>The events raised since the <paramref name="from"/>th happened on <paramref name="on"/> (history
    /// entered later).</summary>
    protected void DateEventsSince(int from, DateOnly on)
    {
        for (var i = from; i < _events.Count; i++)
        {
            _events[i] = _events[i] with { OccurredOn = on };
        }
    }

    /// <summary>A recorded fact was corrected: the timeline says so in words and the audit keeps both
    /// versions.</summary>
    protected void RaiseCorrection(string kind, string summary, string before, string after) =>
        _events.Add(new TimelineEvent(kind, summary, Before: before, After: after));
}
