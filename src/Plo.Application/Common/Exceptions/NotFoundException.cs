namespace Plo.Application.Common.Exceptions;

public sealed class NotFoundException(string what, object key) : Exception($"{what} '{key}' was not found.");
