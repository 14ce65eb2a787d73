namespace Plo.Domain.Journey;

public enum EpisodeStage
{
    AwaitingLetter,
    LetterSent,
    InitialMeetingHeld,
    InReview,
    DecisionDue,
    Closed,
}
