using Plo.Domain.Cases;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;

namespace Plo.Domain.Letters;

/// <summary>
/// For one kind of letter: its template (letter-templates/{Template}.sbn-html), the plain-language rules entry it is
/// checked against, who it goes to, and when it may be drafted (null when it may; otherwise why not, in words).
/// </summary>
public sealed record LetterKindRule(
    LetterKind Kind,
    string Template,
    string RulesEntry,
    string Recipients,
    Func<FamilyCase, string?> WhyNot
);

/// <summary>The one table of letter kinds. A kind missing here cannot be drafted, and a test fails.</summary>
public static class LetterKindRules
{
    private const string Parents = "Every involved person with parental responsibility";

    public static readonly IReadOnlyDictionary<LetterKind, LetterKindRule> All = new[]
    {
        new LetterKindRule(
            LetterKind.LetterBeforeProceedings,
            "letter-before-proceedings",
            "letter-before-proceedings",
            Parents,
            InPreProceedings
        ),
        new LetterKindRule(
            LetterKind.LetterBeforeProceedingsUnborn,
            "letter-before-proceedings-unborn",
            "letter-before-proceedings-unborn",
            Parents,
            c =>
                InPreProceedings(c)
                ?? (
                    c.Children.Any(ch => ch.IsUnborn)
                        ? null
                        : "The unborn baby letter is for a case with an unborn child."
                )
        ),
        new LetterKindRule(
            LetterKind.LetterOfIntentToIssue,
            "letter-of-intent-to-issue",
            "letter-of-intent-to-issue",
            Parents,
            c =>
                DecidedToIssue(c)
                    ? null
                    : "The letter of intent to issue follows a decision to issue proceedings (by the panel or at a "
                        + "meeting)."
        ),
        new LetterKindRule(
            LetterKind.EndOfPreProceedings,
            "end-of-pre-proceedings",
            "end-of-pre-proceedings",
            Parents,
            c =>
                c.Exit is { } exit && ExitGroups.Of(exit.Outcome) == ExitGroup.SteppedDown
                    ? null
                    : "The end of pre-proceedings letter is sent after the case has stepped down."
        ),
        new LetterKindRule(
            LetterKind.LetterOfIssue,
            "letter-of-issue",
            "letter-of-issue",
            Parents,
            c =>
                c.Exit?.Outcome == ExitOutcome.ProceedingsIssued
                    ? null
                    : "The letter of issue is sent after proceedings have been issued."
        ),
        new LetterKindRule(
            LetterKind.ReviewMeetingInvitation,
            "review-meeting-invitation",
            "review-meeting-invitation",
            Parents,
            c =>
                InPreProceedings(c)
                ?? (
                    c.Meetings.Any(m => m.Kind != MeetingKind.Initial && !m.IsHeld)
                        ? null
                        : "Arrange the review meeting before inviting the family to it."
                )
        ),
    }.ToDictionary(r => r.Kind);

    public static LetterKindRule For(LetterKind kind) =>
        All.TryGetValue(kind, out var rule)
            ? rule
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "No rule for this letter kind.");

    /// <summary>Null when a letter of this kind may be drafted for the case now; otherwise why not.</summary>
    public static string? WhyNotNow(LetterKind kind, FamilyCase familyCase) => For(kind).WhyNot(familyCase);

    private static string? InPreProceedings(FamilyCase c) =>
        c.IsInPreProceedings ? null
        : c.Exit is not null ? "Pre-proceedings have ended for this family, so this letter can no longer be sent."
        : "This letter is sent once the legal gateway panel has decided to enter pre-proceedings.";

    private static bool DecidedToIssue(FamilyCase c) =>
        c.Decisions.Any(d => d.Option == DecisionOption.IssueProceedingsNow)
        || c.Meetings.Any(m => m.Outcome?.Decision == MeetingDecision.IssueProceedings)
        || c.Exit?.Outcome == ExitOutcome.ProceedingsIssued;
}
