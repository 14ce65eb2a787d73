using Plo.Domain.Common;

namespace Plo.Domain.Delay;

public enum DelayReason
{
    AssessmentDelay,
    ExpertAvailability,
    ParentEngagement,
    FamilyNetworkExploration,
    NewConcerns,
    LegalOrCourtCapacity,
    Other,
}

/// <summary>A manager's reason why the journey is taking longer than expected, and the date it should now
/// reach.</summary>
public sealed class DelayRationale : Entity
{
    private DelayRationale() { }

    public DelayReason Reason { get; private set; }
    public string Narrative { get; private set; } = "";
    public DateOnly RevisedDate { get; private set; }
    public DateOnly RecordedOn { get; private set; }
    public string RecordedBy { get; private set; } = "";

    internal static DelayRationale Record(
        DelayReason reason,
        string narrative,
        DateOnly revisedDate,
        DateOnly recordedOn,
        string recordedBy
    ) =>
        new()
        {
            Reason = reason,
            Narrative = Guard.Text(narrative, "Narrative", Limits.Narrative),
            RevisedDate = revisedDate,
            RecordedOn = recordedOn,
            RecordedBy = recordedBy,
        };

    /// <summary>A rationale covers the delay until its revised date passes.</summary>
    public bool IsCurrentOn(DateOnly today) => RevisedDate >= today;
}
