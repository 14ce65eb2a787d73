namespace Plo.Domain.Meetings;

/// <summary>A written-agreement action made at a meeting, for a parent, the council or someone else.</summary>
public sealed class AgreementAction : PulledThroughAction
{
    private AgreementAction() { }

    public Guid AgreedAtMeetingId { get; private set; }
    public ActionOwner Owner { get; private set; }

    internal static AgreementAction Agree(Guid meetingId, ActionOwner owner, string description, DateOnly dueOn)
    {
        var action = new AgreementAction { AgreedAtMeetingId = meetingId, Owner = owner };
        action.Open(description, dueOn);
        return action;
    }
}
