namespace Plo.Domain.Journey;

public enum ReviewPointKind
{
    LetterSent,
    InitialMeeting,
    Review,
    DecisionPoint,
}

public enum ReviewPointStatus
{
    Upcoming,
    Met,
    Overdue,
    NotReached,
}

/// <summary>A key date of the journey and where it stands on a given day.</summary>
public sealed record ReviewPoint(ReviewPointKind Kind, int Number, DateOnly DueOn, ReviewPointStatus Status, DateOnly? MetOn, int DaysOverdue);
