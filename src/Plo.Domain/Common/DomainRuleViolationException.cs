namespace Plo.Domain.Common;

/// <summary>An operation the domain model refuses (illegal transition, broken invariant).</summary>
public sealed class DomainRuleViolationException(string message) : Exception(message);
