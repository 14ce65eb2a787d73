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

    protected void Raise(string kind, string summary, Guid? caseId = null) => _events.Add(new TimelineEvent(kind, summary, caseId));
}
