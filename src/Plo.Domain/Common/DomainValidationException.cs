namespace Plo.Domain.Common;

/// <summary>Input that only the model can judge wrong (a date before the case opened, say): a 400 naming the
/// field.</summary>
public sealed class DomainValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
