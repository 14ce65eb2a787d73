namespace Plo.Domain.Letters;

/// <summary>
/// For a parent who needs an interpreter: whether they asked for the letter in their language, whether a
/// translated copy went with it, and, when it did not, why the letter went in English only.
/// </summary>
public sealed record TranslatedCopy(bool Requested, bool Attached, string? EnglishOnlyReason)
{
    public static readonly TranslatedCopy None = new(false, false, null);
}
