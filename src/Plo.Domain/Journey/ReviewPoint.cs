namespace Plo.Domain.Journey;

public enum ReviewPointKind
{
    LetterSent,
    InitialMeeting,
    Review,
    DecisionPoint,

    /// <summary>A supervision of the case, due every N working days (not a key date of the family's journey).</summary>
    Supervision,
}

public enum ReviewPointStatus
{
    Upcoming,
    Met,
    Overdue,
    NotReached,
}

/// <summary>
/// A key date of the journey and where it stands on a given day: met (on time, or late by N working days),
/// overdue by N calendar days, upcoming, or not reached because the journey ended first.
/// </summary>
public sealed record ReviewPoint(
    ReviewPointKind Kind,
    int Number,
    DateOnly DueOn,
    ReviewPointStatus Status,
    DateOnly? MetOn,
    int DaysOverdue,
    int WorkingDaysLate = 0
)
{
    public bool MetLate => MetOn is not null && WorkingDaysLate > 0;
}
