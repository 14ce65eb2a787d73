using System.Linq.Expressions;
using FluentValidation;
using Plo.Domain.Common;
using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.ActionResults;

/// <summary>An open action's result, as a meeting or a supervision session sends it: not done needs a reason, carried
/// on needs a new due date.</summary>
public sealed record ActionResultInput(
    Guid ActionId,
    ActionResult Result,
    string? Reason = null,
    DateOnly? NewDueOn = null
);

/// <summary>The one way meetings and supervision read and check the results they give open actions; the domain's
/// <see cref="PullThrough"/> then insists every open action has one.</summary>
public static class ActionResultInputs
{
    public static IReadOnlyDictionary<Guid, ActionOutcome> ToOutcomes(this IReadOnlyList<ActionResultInput>? results) =>
        (results ?? []).ToDictionary(r => r.ActionId, r => new ActionOutcome(r.Result, r.Reason, r.NewDueOn));

    public static void ActionResults<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, IReadOnlyList<ActionResultInput>?>> results
    )
    {
        validator
            .RuleFor(results)
            .Must(r => r is null || r.Select(x => x.ActionId).Distinct().Count() == r.Count)
            .WithMessage("Give each action one result.");
        // The same member, seen as a sequence, so each result's errors are named by its index.
        var each = Expression.Lambda<Func<T, IEnumerable<ActionResultInput>>>(results.Body, results.Parameters);
        validator
            .RuleForEach(each)
            .ChildRules(r =>
            {
                r.RuleFor(x => x.ActionId).NotEmpty();
                r.RuleFor(x => x.Result).IsInEnum();
                r.RuleFor(x => x.Reason).MaximumLength(Limits.Narrative);
            });
    }
}
