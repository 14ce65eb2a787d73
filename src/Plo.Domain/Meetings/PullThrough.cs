using Plo.Domain.Common;

namespace Plo.Domain.Meetings;

/// <summary>
/// The pulling-through rule: a session (a meeting, a supervision) lists every open action from earlier sessions and
/// must give each one a result, so that none silently disappears.
/// </summary>
/// <remarks>Checking changes nothing; the session applies the results once everything else it records is known to
/// be valid, so a refused session leaves every action as it was.</remarks>
public static class PullThrough
{
    public static IReadOnlyList<(T Action, ActionOutcome Outcome)> Check<T>(
        IEnumerable<T> actions,
        IReadOnlyDictionary<Guid, ActionOutcome> results,
        DateOnly reviewedOn
    )
        where T : PulledThroughAction
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

        return [.. open.Select(a => (Action: a, Outcome: results[a.Id].Checked(a.Description, reviewedOn)))];
    }

    public static void Apply<T>(IEnumerable<(T Action, ActionOutcome Outcome)> checkedResults, Guid sessionId)
        where T : PulledThroughAction
    {
        foreach (var (action, outcome) in checkedResults)
        {
            action.Review(sessionId, outcome);
        }
    }
}
