using Plo.Domain.Common;

namespace Plo.Domain.Meetings;

/// <summary>
/// A written-agreement action made at a meeting. It stays open until a later meeting records it
/// done or not done; a meeting that carries it on keeps it open. Every result is kept.
/// </summary>
public sealed class AgreementAction : Entity
{
    private AgreementAction() { }

    public Guid AgreedAtMeetingId { get; private set; }
    public ActionOwner Owner { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public List<ActionReview> Reviews { get; private set; } = [];

    internal static AgreementAction Agree(Guid meetingId, ActionOwner owner, string description, DateOnly dueOn) => new()
    {
        AgreedAtMeetingId = meetingId,
        Owner = owner,
        Description = Guard.Text(description, "Description", Limits.ShortText * 5),
        DueOn = dueOn,
        Status = ActionStatus.Open,
    };

    internal void Review(Guid meetingId, ActionResult result)
    {
        Reviews.Add(new ActionReview(meetingId, result));
        Status = result switch
        {
            ActionResult.Done => ActionStatus.Done,
            ActionResult.NotDone => ActionStatus.NotDone,
            _ => ActionStatus.Open,
        };
    }
}

public sealed record ActionReview(Guid MeetingId, ActionResult Result);
