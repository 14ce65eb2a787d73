namespace Plo.Domain.Meetings;

public sealed record MeetingOutcome(
    DateOnly HeldOn,
    string Attendees,
    bool ParentsSolicitorsPresent,
    ProgressRating Progress,
    MeetingDecision Decision,
    string? Notes
);
