namespace Plo.PlainLanguage.Model;

/// <summary>What the checker knows about the letter beyond its words.</summary>
public sealed record LetterMeta
{
    public const string DefaultKind = "letter-before-proceedings";

    public string Kind { get; init; } = DefaultKind;

    /// <summary>The letter's date; today when absent.</summary>
    public DateOnly? LetterDate { get; init; }

    public IReadOnlyList<string> ChildNames { get; init; } = [];
    public IReadOnlyList<string> RecipientNames { get; init; } = [];
    public DateOnly? MeetingDate { get; init; }
}
