namespace Plo.Domain.Letters;

/// <summary>The letters of pre-proceedings. Each has a template in letter-templates/ named by <see cref="LetterKinds.Slug"/>.</summary>
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
    public static string Slug(this LetterKind kind) => kind switch
    {
        LetterKind.LetterBeforeProceedings => "letter-before-proceedings",
        LetterKind.LetterBeforeProceedingsUnborn => "letter-before-proceedings-unborn",
        LetterKind.LetterOfIntentToIssue => "letter-of-intent-to-issue",
        LetterKind.EndOfPreProceedings => "end-of-pre-proceedings",
        LetterKind.LetterOfIssue => "letter-of-issue",
        LetterKind.ReviewMeetingInvitation => "review-meeting-invitation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Issuing one of these is the letter before proceedings the journey waits for.</summary>
    public static bool IsLetterBeforeProceedings(this LetterKind kind) =>
        kind is LetterKind.LetterBeforeProceedings or LetterKind.LetterBeforeProceedingsUnborn;
}
