using Plo.Domain.Common;

namespace Plo.Domain.Meetings;

/// <summary>
/// An action agreed at one session (a meeting's written agreement, a supervision) that stays open until a later
/// session records it done or not done; a session that carries it on keeps it open with a new due date. Every result
/// is kept. Meetings and supervision share this one class and <see cref="PullThrough"/>.
/// </summary>
public abstract class PulledThroughAction : Entity
{
    public string Description { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public List<ActionReview> Reviews { get; private set; } = [];
    public bool IsOpen => Status == ActionStatus.Open;

    protected void Open(string description, DateOnly dueOn)
    {
        Description = Guard.Text(description, "Description", Limits.ShortText * 5);
        DueOn = dueOn;
        Status = ActionStatus.Open;
    }

    internal void Review(Guid sessionId, ActionOutcome outcome)
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

/// <summary>What one session (a meeting, a supervision) recorded for an action: the result, why (for not done), and
/// its due date before and after.</summary>
public sealed record ActionReview(
    Guid SessionId,
    ActionResult Result,
    string? Reason = null,
    DateOnly? NewDueOn = null,
    DateOnly? DueOnBefore = null
);
