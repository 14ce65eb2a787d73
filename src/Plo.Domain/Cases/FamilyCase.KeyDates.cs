using Plo.Domain.Calendar;
using Plo.Domain.Journey;

namespace Plo.Domain.Cases;

/// <summary>State derived from the key dates, kept on the case so that lists read rows instead of computing
/// schedules.</summary>
public sealed partial class FamilyCase
{
    private readonly List<MetKeyDate> _metKeyDates = [];

    public NextKeyDate? NextKeyDate { get; private set; }
    public IReadOnlyList<MetKeyDate> MetKeyDates => _metKeyDates;

    /// <summary>Recomputes the earliest unmet key date (none once the journey has ended) and the key dates met so
    /// far.</summary>
    public void RefreshDerivedState(WorkingDayCalendar calendar, DateOnly today)
    {
        var points = ReviewSchedule.For(this, calendar, today);
        var next = IsInPreProceedings ? points.Where(p => p.MetOn is null).MinBy(p => p.DueOn) : null;
        var refreshed = next is null ? null : new NextKeyDate(next.Kind, next.Number, next.DueOn);
        if (refreshed != NextKeyDate)
        {
            NextKeyDate = refreshed;
        }

        var met = points.Where(p => p.MetOn is not null).ToList();
        _metKeyDates.RemoveAll(k => !met.Exists(k.Is));
        foreach (var point in met.Where(p => !_metKeyDates.Exists(k => k.Matches(p))))
        {
            if (_metKeyDates.Find(k => k.Is(point)) is { } kept)
            {
                kept.With(point);
            }
            else
            {
                _metKeyDates.Add(MetKeyDate.From(point));
            }
        }
    }
}
