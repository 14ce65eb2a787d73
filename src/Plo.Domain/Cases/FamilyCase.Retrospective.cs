using Plo.Domain.Calendar;
using Plo.Domain.Common;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;

namespace Plo.Domain.Cases;

/// <summary>
/// A family already in pre-proceedings on Plo's first day, entered with its real history so that key dates, weeks in
/// pre-proceedings and RAG are right at once. The timeline says when each thing happened as well as when it was typed
/// in.
/// </summary>
public sealed partial class FamilyCase
{
    public const string NotRecorded = "Not recorded (held before Plo)";

    /// <summary>For a case entered with its history from an earlier tracker: the day that history starts (the panel's
    /// decision).</summary>
    public DateOnly? HistoryFrom { get; private set; }

    public bool Migrated => HistoryFrom is not null;

    /// <summary>The council's reference in its earlier tracker, so that importing the same file twice adds
    /// nothing.</summary>
    public string? FormerReference { get; private set; }

    /// <summary>The first day the record may speak of: the day it was opened, or for a migrated case the panel's
    /// decision.</summary>
    public DateOnly RecordStartsOn => HistoryFrom ?? OpenedOn;

    public static FamilyCase EnterRetrospectively(
        CaseReference reference,
        Allocation allocation,
        IEnumerable<Child> children,
        IEnumerable<FamilyMember> familyMembers,
        DateTime enteredAt,
        string enteredBy,
        CaseHistory history,
        ReviewPolicy policy,
        int maxExtensionWeeks,
        WorkingDayCalendar calendar
    )
    {
        var today = DateOnly.FromDateTime(enteredAt);
        CheckOrder(history, today);
        var c = Open(reference, allocation, children, familyMembers, enteredAt, enteredBy);
        c.HistoryFrom = history.PanelDecidedOn;
        c.FormerReference = Guard.OptionalText(history.FormerReference, "Former reference", FieldLengths.Reference * 2);
        c.Raise(
            "case-migrated",
            $"Entered with its history from the council's previous tracker"
                + (c.FormerReference is { } former ? $" (reference {former})." : ".")
        );

        c.Dated(
            history.PanelDecidedOn,
            () =>
                c.RecordGatewayDecision(
                    new GatewayDecisionInput(
                        Guid.Empty,
                        history.PanelDecidedOn,
                        DecisionOption.EnterPreProceedings,
                        history.PanelRationale,
                        true,
                        null,
                        null,
                        null
                    ),
                    enteredBy,
                    policy,
                    calendar
                )
        );
        if (history.LetterSentOn is { } letter)
        {
            c.Dated(letter, () => c.RecordLetterSent(letter));
        }

        if (history.InitialMeetingOn is { } initial)
        {
            c.Dated(initial, () => c.RecordHeldBeforePlo(MeetingKind.Initial, initial));
        }

        foreach (var review in history.ReviewsHeldOn)
        {
            c.Dated(review, () => c.RecordHeldBeforePlo(MeetingKind.Review, review));
        }

        if (history.NextReviewOn is { } next)
        {
            c.Dated(
                next,
                () =>
                    c.ScheduleMeeting(
                        MeetingKind.Review,
                        next,
                        new TimeOnly(10, 0),
                        "To be confirmed (from the previous tracker)"
                    )
            );
        }

        if (history.DelayRationale is { } rationale)
        {
            var end = c.ActiveEpisodes.Max(e => e.ExpectedEndDate);
            c.RecordDelayRationale(
                DelayReason.Other,
                rationale,
                history.NextReviewOn is { } n && n >= today ? n
                    : end < today ? today
                    : end,
                today,
                enteredBy,
                maxExtensionWeeks
            );
        }

        return c;
    }

    /// <summary>The history must make sense in itself: each step after the one before, none in the future but the next
    /// review.</summary>
    private static void CheckOrder(CaseHistory h, DateOnly today)
    {
        void After(DateOnly? later, DateOnly? earlier, string field, string what, string before)
        {
            if (later is { } l && earlier is { } e && l < e)
            {
                throw new DomainValidationException(field, $"The {what} cannot be before the {before}.");
            }

            if (later is { } past && past > today && field != "nextReviewOn")
            {
                throw new DomainValidationException(field, $"The {what} cannot be in the future.");
            }
        }

        After(h.PanelDecidedOn, null, "panelDecidedOn", "panel's decision", "");
        After(h.LetterSentOn, h.PanelDecidedOn, "letterSentOn", "letter before proceedings", "panel's decision");
        After(
            h.InitialMeetingOn,
            h.LetterSentOn ?? h.PanelDecidedOn,
            "initialMeetingOn",
            "initial meeting",
            "letter before proceedings"
        );
        if (h.ReviewsHeldOn.Count > 0 && h.InitialMeetingOn is null)
        {
            throw new DomainValidationException(
                "lastReviewOn",
                "A review cannot have been held without the initial meeting: give its date."
            );
        }

        var previous = h.InitialMeetingOn;
        foreach (var review in h.ReviewsHeldOn)
        {
            After(review, previous, "lastReviewOn", "review meeting", "meeting before it");
            previous = review;
        }

        After(h.NextReviewOn, previous ?? h.PanelDecidedOn, "nextReviewOn", "next review", "last meeting held");
    }

    /// <summary>A meeting held before Plo: what the earlier tracker knew (its date), and no more.</summary>
    private void RecordHeldBeforePlo(MeetingKind kind, DateOnly heldOn)
    {
        var meeting = Meeting.Schedule(kind, heldOn, TimeOnly.MinValue, NotRecorded);
        meeting.Record(
            new MeetingOutcome(
                heldOn,
                NotRecorded,
                false,
                ProgressRating.NotRecorded,
                MeetingDecision.Continue,
                "Entered from the council's previous tracker: only the date is known."
            )
        );
        _meetings.Add(meeting);
        Reach(kind == MeetingKind.Initial ? EpisodeStage.InitialMeetingHeld : EpisodeStage.InReview);
        Changed();
        Raise("meeting-held", $"{Words.For(kind)} held on {Words.Date(heldOn)} (recorded in the previous tracker).");
    }

    /// <summary>Runs one step of the history and dates the timeline events it raised to the day it happened.</summary>
    private void Dated(DateOnly on, Action step)
    {
        var before = PendingEvents.Count;
        step();
        DateEventsSince(before, on);
    }
}
