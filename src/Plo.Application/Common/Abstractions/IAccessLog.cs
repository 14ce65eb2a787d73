using Plo.Domain.Auditing;

namespace Plo.Application.Common.Abstractions;

/// <summary>
/// Where reads are recorded. Records are written in batches shortly after the read, so reading stays fast; a
/// record not yet written when the process dies is lost (see the README).
/// </summary>
public interface IAccessLog
{
    void Record(AccessRecord record);

    /// <summary>Writes what is waiting now (before the log itself is read).</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
