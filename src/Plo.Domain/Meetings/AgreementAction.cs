using Plo.Domain.Common;

namespace Plo.Domain.Meetings;

/// <summary>
/// A written-agreement action made at a meeting. It stays open until a later meeting records it done or not done;
/// a meeting that carries it on keeps it open with a new due date. Every result is kept.
/// </summary>
public sealed class AgreementAction : Entity, IPulledThroughAction
{
    private AgreementAction() { }

    public Guid AgreedAtMeetingId { get; private set; }
    public ActionOwner Owner { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public List<ActionReview> Reviews { get; private set; } = [];
    public bool IsOpen => Status == ActionStatus.Open;

    internal static AgreementAction Agree(Guid meetingId, ActionOwner owner, string description, DateOnly dueOn) =>
        new()
        {
            AgreedAtMeetingId = meetingId,
            Owner = owner,
            Description = Guard.Text(description, "Description", Limits.ShortText * 5),
            DueOn = dueOn,
            Status = ActionStatus.Open,
        };

    void IPulledThroughAction.Review(Guid sessionId, ActionOutcome outcome)
    {
        Reviews.Add(new ActionReview(sessionId, outcome.Result, outcome.Reason, outcome.NewDueOn, DueOn));
        DueOn = outcome.NewDueOn ?? DueOn;
        Status = outcome.Result switch
        {
            ActionResult.Done => ActionStatus.Done,
            ActionResult.NotDone => ActionStatus.NotDone,
            _ => ActionStatus.Open,
        };
    }
}

/// <summary>What one meeting recorded for an action: the result, why (for not done), and its due date before and
/// after.</summary>
public sealed record ActionReview(
    Guid MeetingId,
    ActionResult Result,
    string? Reason = null,
    DateOnly? NewDueOn = null,
    DateOnly? DueOnBefore = null
);
