namespace Plo.Domain.Cases;

/// <summary>The staff allocated to a case, by user id (the identity provider's subject).</summary>
public sealed record Allocation(string SocialWorkerId, string TeamManagerId, string? LegalAdviserId);
