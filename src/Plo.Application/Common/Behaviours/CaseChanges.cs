using Plo.Application.Common.Abstractions;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Timeline;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// Before a unit of work saves: refresh each changed case's next key date (which the overview reads)
/// and turn the events every aggregate raised into timeline entries for who did it, in which role, and when.
/// </summary>
public static class CaseChanges
{
    /// <summary>Writes the timeline entries and returns the cases they are about, each with the corrections made to
    /// it.</summary>
    public static IReadOnlyDictionary<Guid, CaseCorrections> Flush(
        IPloDbContext db,
        WorkingDayCalendar calendar,
        DateTime at,
        string userId,
        string roles
    )
    {
        var cases = new Dictionary<Guid, CaseCorrections>();
        foreach (var aggregate in db.TrackedAggregates())
        {
            (aggregate as FamilyCase)?.RefreshDerivedState(calendar, DateOnly.FromDateTime(at));
            foreach (var e in aggregate.PendingEvents)
            {
                var caseId =
                    e.CaseId
                    ?? (aggregate as FamilyCase)?.Id
                    ?? throw new InvalidOperationException(
                        $"An event of {aggregate.GetType().Name} names no case: {e.Kind}."
                    );
                db.Timeline.Add(TimelineEntry.Of(caseId, at, userId, roles, e.Kind, e.Summary, e.OccurredOn));
                var corrections = cases.TryGetValue(caseId, out var found)
                    ? found
                    : cases[caseId] = new CaseCorrections();
                if (e.Before is not null || e.After is not null)
                {
                    corrections.Add(e.Before, e.After);
                }
            }

            aggregate.ClearPendingEvents();
        }

        return cases;
    }
}

/// <summary>The before and after of every correction one command made to one case, one line each.</summary>
public sealed class CaseCorrections
{
    private readonly List<string> _before = [];
    private readonly List<string> _after = [];

    public string? Before => _before.Count == 0 ? null : string.Join('\n', _before);
    public string? After => _after.Count == 0 ? null : string.Join('\n', _after);

    public void Add(string? before, string? after)
    {
        _before.Add(before ?? "");
        _after.Add(after ?? "");
    }
}
