using Plo.Domain.Common;
using Plo.Domain.Meetings;

namespace Plo.Domain.Supervision;

public sealed record NewSupervisionAction(string Owner, string Description, DateOnly DueOn);

/// <summary>An action set in supervision, for a named member of staff, checked at the next session.</summary>
public sealed class SupervisionAction : PulledThroughAction
{
    private SupervisionAction() { }

    public Guid AgreedAtSessionId { get; private set; }
    public string Owner { get; private set; } = "";

    internal static SupervisionAction Agree(Guid sessionId, NewSupervisionAction action)
    {
        var agreed = new SupervisionAction
        {
            AgreedAtSessionId = sessionId,
            Owner = Guard.Text(action.Owner, "Owner", Limits.ShortText),
        };
        agreed.Open(action.Description, action.DueOn);
        return agreed;
    }
}
