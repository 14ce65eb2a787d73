using Plo.Domain.Cases;

namespace Plo.Application.Common.Abstractions;

/// <summary>Hands out the next case reference for the year; safe under concurrent requests.</summary>
public interface ICaseReferenceAllocator
{
    Task<CaseReference> NextAsync(CancellationToken cancellationToken);
}
