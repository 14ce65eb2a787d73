namespace Plo.Application.Common.Abstractions;

/// <summary>
/// A number that goes up each time this process commits a change to the tracker's data (access and audit records
/// aside), so that a read model computed at one version is known to be current while the number stands.
/// </summary>
public sealed class DataVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Bump() => Interlocked.Increment(ref _current);
}
