namespace Plo.Domain.Cases;

/// <summary>
/// What happened to a family before Plo, from the council's previous tracker: the panel's decision, the letter, the
/// meetings held, the next review planned and any rationale for delay. Dates are checked against each other.
/// </summary>
public sealed record CaseHistory(
    DateOnly PanelDecidedOn,
    string PanelRationale,
    DateOnly? LetterSentOn,
    DateOnly? InitialMeetingOn,
    IReadOnlyList<DateOnly> ReviewsHeldOn,
    DateOnly? NextReviewOn,
    string? DelayRationale,
    string? FormerReference
);
