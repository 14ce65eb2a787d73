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

    /// <summary>The latest revised date of any delay rationale: some rationale is current on a day until this one has
    /// passed (the overview's RAG reads it instead of searching the rationales).</summary>
    public DateOnly? RationaleValidUntil { get; private set; }

    /// <summary>How many extensions were approved (the overview's RAG reads it instead of counting them).</summary>
    public int ExtensionCount { get; private set; }

    /// <summary>When the next supervision is due, while the case is in pre-proceedings.</summary>
    public DateOnly? SupervisionDueOn { get; private set; }

    /// <summary>The date of the earliest significant change not yet covered by a completed assessment.</summary>
    public DateOnly? ReassessmentDueSince { get; private set; }

    /// <summary>Recomputes the earliest unmet key date (none once the journey has ended), the key dates met so far,
    /// what the overview needs of the rationales and extensions, and when supervision and reassessment are due.
    /// </summary>
    public void RefreshDerivedState(WorkingDayCalendar calendar, DateOnly today)
    {
        RationaleValidUntil = _delayRationales.Count == 0 ? null : _delayRationales.Max(r => r.RevisedDate);
        ExtensionCount = _extensions.Count;
        var points = ReviewSchedule.For(this, calendar, today);
        SupervisionDueOn = IsInPreProceedings
            ? SupervisionSchedule.For(this, calendar, today).LastOrDefault(p => p.MetOn is null)?.DueOn
            : null;
        ReassessmentDueSince = ReassessmentDueFrom();
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
