using Plo.Domain.Calendar;
using Plo.Domain.Common;
using Plo.Domain.Delay;

namespace Plo.Domain.Cases;

public sealed partial class FamilyCase
{
    private readonly List<DelayRationale> _delayRationales = [];
    private readonly List<Extension> _extensions = [];

    public IReadOnlyList<DelayRationale> DelayRationales => _delayRationales;
    public IReadOnlyList<Extension> Extensions => _extensions;

    /// <summary>The reason that covers a delay today: the latest recorded whose revised date has not passed.</summary>
    public DelayRationale? CurrentRationale(DateOnly today) =>
        _delayRationales.Where(r => r.IsCurrentOn(today)).OrderBy(r => r.RecordedOn).LastOrDefault();

    /// <summary>
    /// A manager explains a delay and says when the journey should now reach its next point: not in the past, and
    /// no later than the expected end plus the longest extension policy allows (a rationale cannot excuse a delay for
    /// ever).
    /// </summary>
    public DelayRationale RecordDelayRationale(
        DelayReason reason,
        string narrative,
        DateOnly revisedDate,
        DateOnly today,
        string recordedBy,
        int maxExtensionWeeks
    )
    {
        EnsureInPreProceedings();
        if (revisedDate < today)
        {
            throw new DomainValidationException("revisedDate", "The revised date cannot be in the past.");
        }

        var latest = ActiveEpisodes.Max(e => e.ExpectedEndDate).AddDays(maxExtensionWeeks * 7);
        if (revisedDate > latest)
        {
            throw new DomainValidationException(
                "revisedDate",
                $"The revised date can be no later than {latest:d MMMM yyyy}: the expected end plus the longest "
                    + $"extension ({maxExtensionWeeks} weeks)."
            );
        }

        var rationale = DelayRationale.Record(reason, narrative, revisedDate, today, recordedBy);
        _delayRationales.Add(rationale);
        Changed();
        Raise(
            "delay-rationale",
            $"Reason for delay recorded ({Words.For(reason)}), revised date {Words.Date(revisedDate)}: "
                + $"{rationale.Narrative}"
        );
        return rationale;
    }

    /// <summary>Moves the expected end of every open episode on by whole weeks, within the policy's limit per
    /// approval.</summary>
    public Extension ApproveExtension(
        int weeks,
        string rationale,
        int maxWeeks,
        DateOnly today,
        string approvedBy,
        WorkingDayCalendar calendar
    )
    {
        EnsureInPreProceedings();
        if (weeks < 1 || weeks > maxWeeks)
        {
            throw new DomainValidationException("weeks", $"An extension is from 1 to {maxWeeks} weeks.");
        }

        var previousEnd = ActiveEpisodes.Max(e => e.ExpectedEndDate);
        var newEnd = calendar.OnOrNextWorkingDay(previousEnd.AddDays(weeks * 7));
        var extension = Extension.Approve(weeks, rationale, previousEnd, newEnd, today, approvedBy);
        _extensions.Add(extension);
        foreach (var episode in ActiveEpisodes)
        {
            episode.MoveEndTo(newEnd);
        }

        Changed();
        Raise(
            "extension-approved",
            $"Extension of {weeks} week(s) approved, to {Words.Date(newEnd)}: {extension.Rationale}"
        );
        return extension;
    }
}
