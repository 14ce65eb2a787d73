using Plo.Domain.Cases;

namespace Plo.Domain.Journey;

public enum RationaleStatus
{
    NotNeeded,
    Recorded,
    Missing,
}

/// <summary>
/// Whether the family's journey is overdue (a key date passed unmet, or the expected end passed)
/// and, if so, whether a manager has recorded a current rationale for the delay.
/// </summary>
public sealed record JourneyStatus(bool IsOverdue, int DaysOverdue, RationaleStatus Rationale, ReviewPoint? NextPoint)
{
    public static JourneyStatus Of(FamilyCase familyCase, IReadOnlyList<ReviewPoint> points, DateOnly today)
    {
        var overdue = points.Where(p => p.Status == ReviewPointStatus.Overdue).ToList();
        var next = points
            .Where(p => p.Status is ReviewPointStatus.Upcoming or ReviewPointStatus.Overdue)
            .MinBy(p => p.DueOn);
        if (overdue.Count == 0)
        {
            return new JourneyStatus(false, 0, RationaleStatus.NotNeeded, next);
        }

        var covered = familyCase.CurrentRationale(today) is not null;
        return new JourneyStatus(
            true,
            overdue.Max(p => p.DaysOverdue),
            covered ? RationaleStatus.Recorded : RationaleStatus.Missing,
            next
        );
    }
}
