using Plo.Domain.Common;

namespace Plo.Domain.Letters;

/// <summary>
/// A letter to one person with parental responsibility, with its own version (drafting, regenerating and approving
/// leave the case's version alone). Drafts can be regenerated when the plan changes; a team manager approves (saying
/// they have read any plain-language errors); issuing freezes everything. A letter whose report has errors is issued
/// only with an override: a category and a reason of at least <see cref="MinOverrideReason"/> characters.
/// </summary>
public sealed class Letter : AggregateRoot
{
    public const int MinOverrideReason = 30;

    private Letter() { }

    public Guid CaseId { get; private set; }
    public LetterKind Kind { get; private set; }
    public Guid RecipientId { get; private set; }
    public string RecipientName { get; private set; } = "";
    public bool InterpreterNeeded { get; private set; }
    public string? PreferredLanguage { get; private set; }
    public LetterStatus Status { get; private set; }
    public LetterContent Content { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    /// <summary>Who drafted the current content: the creator, or whoever last regenerated it.</summary>
    public string DraftedBy { get; private set; } = "";
    public DateTime? ApprovedAt { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public string? IssuedBy { get; private set; }
    public string? OverrideReason { get; private set; }
    public OverrideCategory? OverrideCategory { get; private set; }

    /// <summary>For a parent who needs an interpreter: asked for a translated copy, and whether one went with the
    /// letter.</summary>
    public bool TranslationRequested { get; private set; }

    public bool TranslationAttached { get; private set; }

    /// <summary>Why a parent who needs an interpreter was sent this letter in English only.</summary>
    public string? EnglishOnlyReason { get; private set; }

    /// <summary>How many plain-language errors the approver said they had read when approving.</summary>
    public int ErrorsAcknowledged { get; private set; }

    public static Letter Draft(
        Guid caseId,
        LetterKind kind,
        Guid recipientId,
        string recipientName,
        bool interpreterNeeded,
        string? language,
        LetterContent content,
        DateTime at,
        string by
    )
    {
        var letter = new Letter
        {
            CaseId = caseId,
            Kind = kind,
            RecipientId = recipientId,
            RecipientName = recipientName,
            InterpreterNeeded = interpreterNeeded,
            PreferredLanguage = language,
            Status = LetterStatus.Draft,
            Content = content,
            CreatedAt = at,
            CreatedBy = by,
            DraftedBy = by,
        };
        letter.RaiseForCase(
            "letter-drafted",
            $"{Words.For(kind)} drafted for {recipientName}{letter.ReportSummary()}."
        );
        return letter;
    }

    /// <summary>A fresh rendering from the current plan; an approved letter goes back to draft.</summary>
    public void Regenerate(LetterContent content, string by)
    {
        EnsureNotIssued();
        Content = content;
        DraftedBy = by;
        Status = LetterStatus.Draft;
        ApprovedAt = null;
        ApprovedBy = null;
        Changed();
        RaiseForCase(
            "letter-redrafted",
            $"{Words.For(Kind)} for {RecipientName} drafted again from the case as it is now{ReportSummary()}."
        );
    }

    public void Approve(DateTime at, string by, bool errorsAcknowledged)
    {
        EnsureNotIssued();
        EnsureNotDraftedBy(by, "approve");
        if (Status != LetterStatus.Draft)
        {
            throw new DomainRuleViolationException("This letter is already approved.");
        }

        if (Content.ErrorCount > 0 && !errorsAcknowledged)
        {
            throw new DomainRuleViolationException(
                $"The letter has {Content.ErrorCount} plain-language error(s). Fix them, or say you have read them "
                    + $"(acknowledgeErrors) to approve it."
            );
        }

        Status = LetterStatus.Approved;
        ApprovedAt = at;
        ApprovedBy = by;
        ErrorsAcknowledged = Content.ErrorCount;
        Changed();
        RaiseForCase(
            "letter-approved",
            ErrorsAcknowledged == 0
                ? $"{Words.For(Kind)} for {RecipientName} approved."
                : $"{Words.For(Kind)} for {RecipientName} approved with {ErrorsAcknowledged} plain-language error(s) "
                    + $"read and accepted by the approver."
        );
    }

    public void Issue(
        DateTime at,
        string by,
        OverrideCategory? category,
        string? overrideReason,
        TranslatedCopy? translation = null
    )
    {
        EnsureNotIssued();
        EnsureNotDraftedBy(by, "issue");
        if (Status != LetterStatus.Approved)
        {
            throw new DomainRuleViolationException("A team manager must approve this letter before it is issued.");
        }

        var reason = Guard.OptionalText(overrideReason, "Override reason", Limits.Narrative);
        if (Content.ErrorCount > 0)
        {
            if (category is null || reason is null || reason.Length < MinOverrideReason)
            {
                throw new DomainRuleViolationException(
                    $"The letter has {Content.ErrorCount} plain-language error(s). Fix them, or to issue it anyway "
                        + $"choose why (urgent safeguarding, court timetable, other) and give a reason of at least "
                        + $"{MinOverrideReason} characters."
                );
            }

            (OverrideCategory, OverrideReason) = (category, reason);
        }

        RecordTranslation(translation ?? TranslatedCopy.None);

        Status = LetterStatus.Issued;
        IssuedAt = at;
        IssuedBy = by;
        Changed();
        RaiseForCase(
            "letter-issued",
            (
                OverrideReason is null
                    ? $"{Words.For(Kind)} issued to {RecipientName}."
                    : $"{Words.For(Kind)} issued to {RecipientName} with {Content.ErrorCount} plain-language "
                        + $"error(s). Override: {Words.For(OverrideCategory!.Value).ToLowerInvariant()}. "
                        + $"Reason: {OverrideReason}"
            ) + TranslationSummary()
        );
    }

    /// <summary>A parent who needs an interpreter gets a translated copy, or the issuer says why not: the reason is
    /// kept with the letter and in the timeline.</summary>
    private void RecordTranslation(TranslatedCopy translation)
    {
        if (!InterpreterNeeded)
        {
            return;
        }

        var reason = Guard.OptionalText(translation.EnglishOnlyReason, "English-only reason", Limits.Narrative);
        if (!translation.Attached && reason is null)
        {
            throw new DomainValidationException(
                "englishOnlyReason",
                $"{RecipientName} needs an interpreter{(PreferredLanguage is null ? "" : $" ({PreferredLanguage})")}. "
                    + "Attach a translated copy, or say why this letter goes in English only."
            );
        }

        TranslationRequested = translation.Requested;
        TranslationAttached = translation.Attached;
        EnglishOnlyReason = translation.Attached ? null : reason;
    }

    private string TranslationSummary() =>
        !InterpreterNeeded ? ""
        : TranslationAttached
            ? $" A translated copy{(PreferredLanguage is null ? "" : $" in {PreferredLanguage}")} " + "went with it."
        : $" Sent in English only{(TranslationRequested ? ", although a translated copy was asked for" : "")}. "
            + $"Reason: {EnglishOnlyReason}";

    /// <summary>Separation of duties: a second person checks every letter, whatever roles the drafter holds.</summary>
    private void EnsureNotDraftedBy(string by, string action)
    {
        if (
            string.Equals(by, CreatedBy, StringComparison.OrdinalIgnoreCase)
            || string.Equals(by, DraftedBy, StringComparison.OrdinalIgnoreCase)
        )
        {
            throw new DomainRuleViolationException($"You drafted this letter, so someone else must {action} it.");
        }
    }

    private void RaiseForCase(string kind, string summary) => Raise(kind, summary, CaseId);

    private string ReportSummary() =>
        Content.ErrorCount + Content.WarningCount == 0
            ? ""
            : $" ({Content.ErrorCount} plain-language error(s), {Content.WarningCount} warning(s))";

    private void EnsureNotIssued()
    {
        if (Status == LetterStatus.Issued)
        {
            throw new DomainRuleViolationException("An issued letter cannot be changed.");
        }
    }
}
