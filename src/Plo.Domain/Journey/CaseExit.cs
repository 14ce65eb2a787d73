namespace Plo.Domain.Journey;

/// <summary>How pre-proceedings ended for the family.</summary>
public sealed record CaseExit(ExitOutcome Outcome, DateOnly On, string Reason, DateOnly? CourtApplicationOn);
