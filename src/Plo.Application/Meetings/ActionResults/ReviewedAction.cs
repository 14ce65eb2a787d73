using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.ActionResults;

/// <summary>An action as one session saw it: reviewed there (its due date then, and the result), or still to review
/// (its due date now, and what the last session said).</summary>
public sealed record ReviewedAction(
    Guid ActionId,
    string Description,
    DateOnly DueOn,
    ActionResult? Result,
    string? Reason,
    DateOnly? NewDueOn
)
{
    /// <summary>The results <paramref name="sessionId"/> gave to <paramref name="actions"/>.</summary>
    public static IEnumerable<(T Action, ReviewedAction Reviewed)> At<T>(IEnumerable<T> actions, Guid sessionId)
        where T : PulledThroughAction =>
        actions.SelectMany(a =>
            a.Reviews.Where(r => r.SessionId == sessionId)
                .Select(r =>
                    (
                        a,
                        new ReviewedAction(
                            a.Id,
                            a.Description,
                            r.DueOnBefore ?? a.DueOn,
                            r.Result,
                            r.Reason,
                            r.NewDueOn
                        )
                    )
                )
        );

    /// <summary>An open action as the next session lists it, with the last result it had.</summary>
    public static ReviewedAction ToReview(PulledThroughAction a) =>
        a.Reviews.LastOrDefault() is { } last
            ? new ReviewedAction(a.Id, a.Description, a.DueOn, last.Result, last.Reason, last.NewDueOn)
            : new ReviewedAction(a.Id, a.Description, a.DueOn, null, null, null);
}
