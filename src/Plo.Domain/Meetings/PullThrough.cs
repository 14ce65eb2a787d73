using Plo.Domain.Common;

namespace Plo.Domain.Meetings;

/// <summary>An action agreed at one session that stays open until a later one records its result.</summary>
public interface IPulledThroughAction
{
    Guid Id { get; }
    string Description { get; }
    bool IsOpen { get; }

    void Review(Guid sessionId, ActionOutcome outcome);
}

/// <summary>
/// The pulling-through rule: a session (a meeting, a supervision) lists every open action from earlier sessions and
/// must give each one a result, so that none silently disappears.
/// </summary>
public static class PullThrough
{
    public static IReadOnlyList<(T Action, ActionOutcome Outcome)> Review<T>(
        IEnumerable<T> actions,
        IReadOnlyDictionary<Guid, ActionOutcome> results,
        Guid sessionId,
        DateOnly reviewedOn
    )
        where T : IPulledThroughAction
    {
        var open = actions.Where(a => a.IsOpen).ToList();
        var unknown = results.Keys.Where(id => !open.Exists(a => a.Id == id)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainValidationException(
                "actionResults",
                $"These are not open actions of this case: {string.Join(", ", unknown)}."
            );
        }

        var missing = open.Where(a => !results.ContainsKey(a.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainValidationException(
                "actionResults",
                $"Record done, not done or carried on for every open action. Missing: "
                    + $"{string.Join("; ", missing.Select(a => a.Description))}."
            );
        }

        var reviewed = open.Select(a => (Action: a, Outcome: results[a.Id].Checked(a.Description, reviewedOn)))
            .ToList();
        foreach (var (action, outcome) in reviewed)
        {
            action.Review(sessionId, outcome);
        }

        return reviewed;
    }
}
