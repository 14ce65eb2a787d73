using Plo.Domain.Delay;

namespace Plo.Application.Delay;

/// <summary>A manager's reason for a delay, read back whole; <see cref="IsCurrent"/> while its revised date has not
/// passed.</summary>
public sealed record DelayRationaleDto(
    Guid Id,
    DelayReason Reason,
    string Narrative,
    DateOnly RevisedDate,
    DateOnly RecordedOn,
    string RecordedBy,
    string? RecordedByName,
    bool IsCurrent
);

/// <summary>The reason that covers a delay now, short enough for a table: the first 200 characters of the
/// narrative.</summary>
public sealed record CurrentRationaleDto(
    DelayReason Reason,
    DateOnly RevisedDate,
    string Narrative,
    DateOnly RecordedOn,
    string RecordedBy,
    string? RecordedByName
)
{
    public const int NarrativeLength = 200;

    public static string Shorten(string narrative) =>
        narrative.Length <= NarrativeLength ? narrative : narrative[..(NarrativeLength - 1)].TrimEnd() + "…";
}

public sealed record ExtensionDto(
    Guid Id,
    int Weeks,
    string Rationale,
    DateOnly PreviousEndDate,
    DateOnly NewEndDate,
    DateOnly ApprovedOn,
    string ApprovedBy,
    string? ApprovedByName
);
