namespace Plo.Domain.Letters;

/// <summary>The letters of pre-proceedings. Each has a template in letter-templates/ named in <see
/// cref="LetterKindRules"/>.</summary>
public enum LetterKind
{
    LetterBeforeProceedings,
    LetterBeforeProceedingsUnborn,
    LetterOfIntentToIssue,
    EndOfPreProceedings,
    LetterOfIssue,
    ReviewMeetingInvitation,
}

public static class LetterKinds
{
    /// <summary>The template's name, from the letter kinds table.</summary>
    public static string Slug(this LetterKind kind) => LetterKindRules.For(kind).Template;

    /// <summary>Issuing one of these is the letter before proceedings the journey waits for.</summary>
    public static bool IsLetterBeforeProceedings(this LetterKind kind) =>
        kind is LetterKind.LetterBeforeProceedings or LetterKind.LetterBeforeProceedingsUnborn;
}
