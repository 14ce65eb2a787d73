namespace Plo.Domain.Journey;

/// <summary>How pre-proceedings ended for the family, why, and who recorded it.</summary>
public sealed record CaseExit(
    ExitOutcome Outcome,
    DateOnly On,
    string Reason,
    DateOnly? CourtApplicationOn,
    string RecordedBy = ""
);
