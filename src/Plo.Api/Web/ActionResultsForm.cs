using Plo.Application.Meetings.ActionResults;
using ActionResult = Plo.Domain.Meetings.ActionResult;

namespace Plo.Api.Web;

/// <summary>One open action's result as a form sends it (meetings and supervision alike).</summary>
public sealed class ActionResultRow
{
    public Guid ActionId { get; set; }
    public string? Result { get; set; }
    public string? Reason { get; set; }
    public DateParts NewDueOn { get; set; } = new();
}

/// <summary>An open action as the form lists it: its id and the words beside its choices.</summary>
public sealed record ActionToReview(Guid ActionId, string Label);

/// <summary>
/// The open actions a session must give a result, as one form part (<c>_ActionResults</c>) that meetings and
/// supervision share, and the one way their answers are read back.
/// </summary>
public sealed record ActionResultsForm(
    string Heading,
    IReadOnlyList<ActionToReview> Actions,
    IReadOnlyList<ActionResultRow> Rows,
    FormErrors Errors
)
{
    /// <summary>The results given. An action left without one is left out, so the domain's pull-through rule names
    /// it; a new date that cannot be read becomes its field's error.</summary>
    public static List<ActionResultInput> Read(
        IEnumerable<ActionResultRow> rows,
        FormErrors errors,
        Func<string?, string, ActionResult?> chosen
    ) =>
        [
            .. rows.Select((r, i) => (Row: r, Index: i, Result: chosen(r.Result, $"actionResults[{i}].result")))
                .Where(x => x.Result is not null)
                .Select(x => new ActionResultInput(
                    x.Row.ActionId,
                    x.Result!.Value,
                    string.IsNullOrWhiteSpace(x.Row.Reason) ? null : x.Row.Reason,
                    x.Row.NewDueOn.Read(errors, $"actionResults[{x.Index}].newDueOn", "the new date", required: false)
                )),
        ];
}
