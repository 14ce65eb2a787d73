using Plo.Domain.Common;

namespace Plo.Domain.Cases;

public enum AllocatedRole
{
    SocialWorker,
    TeamManager,
    LegalAdviser,
}

/// <summary>One step in a case's history of allocations: who held the role before (none when the case opened), who
/// holds it now, why.</summary>
public sealed class AllocationChange : Entity
{
    private AllocationChange() { }

    public AllocatedRole Role { get; private set; }
    public string? FromUserId { get; private set; }
    public string ToUserId { get; private set; } = "";
    public DateTime At { get; private set; }
    public string By { get; private set; } = "";
    public string? Reason { get; private set; }

    internal static AllocationChange Of(
        AllocatedRole role,
        string? from,
        string to,
        DateTime at,
        string by,
        string? reason
    ) =>
        new()
        {
            Role = role,
            FromUserId = from,
            ToUserId = Guard.Text(to, "Allocated to", FieldLengths.UserId),
            At = at,
            By = Guard.Text(by, "Changed by", FieldLengths.UserId),
            Reason = Guard.OptionalText(reason, "Reason", Limits.Narrative),
        };
}
