using Plo.Domain.Common;

namespace Plo.Domain.Delay;

/// <summary>A senior manager's approval to run pre-proceedings beyond the expected end.</summary>
public sealed class Extension : Entity
{
    private Extension() { }

    public int Weeks { get; private set; }
    public string Rationale { get; private set; } = "";
    public DateOnly PreviousEndDate { get; private set; }
    public DateOnly NewEndDate { get; private set; }
    public DateOnly ApprovedOn { get; private set; }
    public string ApprovedBy { get; private set; } = "";

    internal static Extension Approve(
        int weeks,
        string rationale,
        DateOnly previousEnd,
        DateOnly newEnd,
        DateOnly approvedOn,
        string approvedBy
    ) =>
        new()
        {
            Weeks = weeks,
            Rationale = Guard.Text(rationale, "Rationale", Limits.Narrative),
            PreviousEndDate = previousEnd,
            NewEndDate = newEnd,
            ApprovedOn = approvedOn,
            ApprovedBy = approvedBy,
        };
}
