using Plo.Domain.Common;

namespace Plo.Domain.Meetings;

/// <summary>
/// The result a meeting (or a supervision session) gives an open action: done; not done, with why; or carried on,
/// with the new date it is due by.
/// </summary>
public sealed record ActionOutcome(ActionResult Result, string? Reason = null, DateOnly? NewDueOn = null)
{
    public static readonly ActionOutcome Done = new(ActionResult.Done);

    public static ActionOutcome NotDone(string reason) => new(ActionResult.NotDone, reason);

    public static ActionOutcome CarriedOn(DateOnly newDueOn, string? reason = null) =>
        new(ActionResult.CarriedOn, reason, newDueOn);

    /// <summary>Checks the outcome makes sense for an action reviewed on <paramref name="reviewedOn"/>, and tidies its
    /// text.</summary>
    internal ActionOutcome Checked(string description, DateOnly reviewedOn)
    {
        if (Result == ActionResult.NotDone && string.IsNullOrWhiteSpace(Reason))
        {
            throw new DomainValidationException("actionResults", $"Say why \"{description}\" was not done.");
        }

        if (Result == ActionResult.CarriedOn && (NewDueOn is not { } due || due <= reviewedOn))
        {
            throw new DomainValidationException(
                "actionResults",
                $"Give \"{description}\" a new due date after {Words.Date(reviewedOn)} to carry it on."
            );
        }

        return this with
        {
            Reason = Guard.OptionalText(Reason, "Reason", Limits.Narrative),
            NewDueOn = Result == ActionResult.CarriedOn ? NewDueOn : null,
        };
    }

    public string Describe() =>
        Result switch
        {
            ActionResult.NotDone => $"not done: {Reason}",
            ActionResult.CarriedOn => $"carried on, now due {Words.Date(NewDueOn!.Value)}"
                + (Reason is { } why ? $" ({why})" : ""),
            _ => "done",
        };
}
