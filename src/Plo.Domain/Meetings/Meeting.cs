using Plo.Domain.Common;

namespace Plo.Domain.Meetings;

/// <summary>An initial, review or final pre-proceedings meeting: first scheduled, later its outcome.</summary>
public sealed class Meeting : Entity
{
    private Meeting() { }

    public MeetingKind Kind { get; private set; }
    public DateOnly ScheduledOn { get; private set; }
    public TimeOnly StartsAt { get; private set; }
    public string Place { get; private set; } = "";
    public MeetingOutcome? Outcome { get; private set; }
    public bool IsHeld => Outcome is not null;

    internal static Meeting Schedule(MeetingKind kind, DateOnly on, TimeOnly at, string place) =>
        new()
        {
            Kind = kind,
            ScheduledOn = on,
            StartsAt = at,
            Place = Guard.Text(place, "Place", Limits.ShortText),
        };

    internal void Record(MeetingOutcome outcome)
    {
        if (IsHeld)
        {
            throw new DomainRuleViolationException("This meeting's outcome is already recorded.");
        }

        if (outcome.HeldOn < ScheduledOn)
        {
            throw new DomainValidationException(
                "heldOn",
                "A meeting cannot be held before the date it was scheduled for."
            );
        }

        Outcome = outcome with
        {
            Attendees = Guard.Text(outcome.Attendees, "Attendees", Limits.Narrative),
            Notes = Guard.OptionalText(outcome.Notes, "Notes", Limits.Narrative),
        };
    }

    internal void Correct(MeetingOutcome outcome)
    {
        var was = Outcome;
        Outcome = null;
        try
        {
            Record(outcome);
        }
        catch
        {
            Outcome = was;
            throw;
        }
    }
}
