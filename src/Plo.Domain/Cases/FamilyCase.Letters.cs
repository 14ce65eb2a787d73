using Plo.Domain.Common;
using Plo.Domain.Journey;
using Plo.Domain.Letters;

namespace Plo.Domain.Cases;

/// <summary>The letters' effect on the case: the letter before proceedings meets the first key date.</summary>
public sealed partial class FamilyCase
{
    public DateOnly? LetterSentOn { get; private set; }
    public DateOnly? LetterOfIssueSentOn { get; private set; }

    /// <summary>
    /// A letter went out (the letter itself records who it went to). The first letter before proceedings meets the
    /// "letter sent" key date; the first letter of issue is recorded for the proceedings. Allowed after exit: the
    /// letter of issue and the end-of-pre-proceedings letter follow it. Any other letter leaves the case as it was.
    /// </summary>
    public void RecordLetterIssued(LetterKind kind, DateOnly issuedOn)
    {
        if (kind.IsLetterBeforeProceedings() && LetterSentOn is null && IsInPreProceedings)
        {
            LetterSentOn = issuedOn;
            Reach(EpisodeStage.LetterSent);
            Changed();
            Raise("letter-sent", $"Letter before proceedings sent on {Words.Date(issuedOn)}.");
        }

        if (kind == LetterKind.LetterOfIssue && LetterOfIssueSentOn is null)
        {
            LetterOfIssueSentOn = issuedOn;
            Changed();
        }
    }

    public void RecordLetterSent(DateOnly sentOn)
    {
        EnsureInPreProceedings();
        if (LetterSentOn is not null)
        {
            throw new DomainRuleViolationException("The letter before proceedings is already recorded as sent.");
        }

        if (sentOn < ActiveEpisodes.Min(e => e.StartDate))
        {
            throw new DomainValidationException(
                "sentOn",
                "The letter cannot be sent before the decision to enter pre-proceedings."
            );
        }

        LetterSentOn = sentOn;
        Reach(EpisodeStage.LetterSent);
        Changed();
        Raise("letter-sent", $"Letter before proceedings sent on {Words.Date(sentOn)}.");
    }
}
