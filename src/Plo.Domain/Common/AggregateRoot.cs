namespace Plo.Domain.Common;

/// <summary>
/// A consistency boundary. <see cref="Version"/> is an application-managed concurrency token
/// (SQLite has no rowversion): every state change bumps it, and the database update is
/// conditional on the version that was read, so a stale writer gets a conflict.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public int Version { get; private set; } = 1;

    protected void Changed() => Version++;
}
