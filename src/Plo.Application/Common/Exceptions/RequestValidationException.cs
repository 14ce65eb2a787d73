namespace Plo.Application.Common.Exceptions;

/// <summary>Bad input, keyed by field (camelCase JSON path), ready to become a 400 ValidationProblemDetails.</summary>
public sealed class RequestValidationException(IDictionary<string, string[]> errors)
    : Exception("One or more validation errors occurred.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
