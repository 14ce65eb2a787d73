using Plo.Domain.Common;

namespace Plo.Domain.Journey;

/// <summary>One child's time in pre-proceedings, from the gateway decision to the exit.</summary>
public sealed class Episode : Entity
{
    private Episode() { }

    public Guid ChildId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly ExpectedEndDate { get; private set; }
    public EpisodeStage Stage { get; private set; }
    public ReviewPolicy Policy { get; private set; } = ReviewPolicy.Default;
    public DateOnly? ClosedOn { get; private set; }
    public ExitOutcome? Outcome { get; private set; }
    public string? ExitReason { get; private set; }
    public bool IsActive => ClosedOn is null;

    internal static Episode Start(Guid childId, DateOnly startDate, DateOnly expectedEnd, ReviewPolicy policy) =>
        new()
        {
            ChildId = childId,
            StartDate = startDate,
            ExpectedEndDate = expectedEnd,
            Stage = EpisodeStage.AwaitingLetter,
            Policy = policy with { },
        };

    /// <summary>Stages only move forward; a later event never sends an episode back.</summary>
    internal void Reach(EpisodeStage stage)
    {
        if (stage > Stage)
        {
            Stage = stage;
        }
    }

    internal void MoveEndTo(DateOnly expectedEnd) => ExpectedEndDate = expectedEnd;

    internal void Close(DateOnly on, ExitOutcome outcome, string reason)
    {
        ClosedOn = on;
        Outcome = outcome;
        ExitReason = reason;
        Stage = EpisodeStage.Closed;
    }
}
