using Plo.Domain.Common;

namespace Plo.Domain.Supervision;

public enum SignificantChangeKind
{
    NewAdultInHousehold,
    Separation,
    Move,
    Birth,
    NewIncidentOrConcern,
    SchoolOrPlacementChange,
    Other,
}

/// <summary>
/// A significant change in the children's lives. An assessment completed before it no longer describes their lives,
/// so the case is due for reassessment until an assessment is completed on or after the change.
/// </summary>
public sealed class SignificantChange : Entity
{
    private SignificantChange() { }

    public SignificantChangeKind Kind { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public string Description { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    internal static SignificantChange Of(
        SignificantChangeKind kind,
        DateOnly occurredOn,
        string description,
        string recordedBy,
        DateTime recordedAt
    ) =>
        new()
        {
            Kind = kind,
            OccurredOn = occurredOn,
            Description = Guard.Text(description, "Description", Limits.Narrative),
            RecordedBy = Guard.Text(recordedBy, "Recorded by", Cases.FieldLengths.UserId),
            RecordedAt = recordedAt,
        };
}
