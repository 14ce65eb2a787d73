namespace Plo.Application.Common.Exceptions;

/// <summary>The request clashes with the stored state: a stale version or a duplicate.</summary>
public sealed class ConflictException(string message) : Exception(message);
