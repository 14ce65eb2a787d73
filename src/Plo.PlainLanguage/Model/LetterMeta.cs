namespace Plo.PlainLanguage.Model;

/// <summary>What the checker knows about the letter beyond its words.</summary>
public sealed record LetterMeta
{
    public const string DefaultKind = "letter-before-proceedings";

    public string Kind { get; set; } = DefaultKind;

    /// <summary>The letter's date; today when absent.</summary>
    public DateOnly? LetterDate { get; set; }

    public IReadOnlyList<string> ChildNames { get; set; } = [];
    public IReadOnlyList<string> RecipientNames { get; set; } = [];
    public DateOnly? MeetingDate { get; set; }
}
