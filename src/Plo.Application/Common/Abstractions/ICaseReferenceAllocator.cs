using Plo.Domain.Cases;

namespace Plo.Application.Common.Abstractions;

/// <summary>Hands out the next case reference for the year; safe under concurrent requests.</summary>
public interface ICaseReferenceAllocator
{
    Task<CaseReference> NextAsync(CancellationToken cancellationToken);

    /// <summary>Reserves a run of consecutive references at once (bulk loads).</summary>
    Task<IReadOnlyList<CaseReference>> NextAsync(int count, CancellationToken cancellationToken);
}
