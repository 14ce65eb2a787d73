using Plo.Domain.Common;

namespace Plo.Domain.Journey;

/// <summary>
/// A key date the family's journey has met, kept current by the unit of work (like the next key date) so that the
/// overview can say how many key dates were met on time without computing every schedule.
/// </summary>
public sealed class MetKeyDate : Entity
{
    private MetKeyDate() { }

    public ReviewPointKind Kind { get; private set; }
    public int Number { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly MetOn { get; private set; }
    public int WorkingDaysLate { get; private set; }

    internal static MetKeyDate From(ReviewPoint point) =>
        new MetKeyDate { Kind = point.Kind, Number = point.Number }.With(point);

    internal bool Is(ReviewPoint point) => point.Kind == Kind && point.Number == Number;

    internal bool Matches(ReviewPoint point) => Is(point) && point.DueOn == DueOn && point.MetOn == MetOn;

    internal MetKeyDate With(ReviewPoint point)
    {
        DueOn = point.DueOn;
        MetOn = point.MetOn ?? throw new ArgumentException("Only a met key date can be kept.", nameof(point));
        WorkingDaysLate = point.WorkingDaysLate;
        return this;
    }
}
