namespace Plo.Application.Common.Validation;

/// <summary>
/// A long text pasted from elsewhere (a letter to check): it may exceed the usual limit up to
/// <paramref name="maxKilobytes"/> and keep layout characters such as form feeds and zero-width spaces.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class FreeTextAttribute(int maxKilobytes) : Attribute
{
    public int MaxLength { get; } = maxKilobytes * 1024;
}
