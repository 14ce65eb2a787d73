using Plo.Domain.Common;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;

namespace Plo.Domain.Cases;

public sealed partial class FamilyCase
{
    private readonly List<Meeting> _meetings = [];
    private readonly List<AgreementAction> _actions = [];

    public IReadOnlyList<Meeting> Meetings => _meetings;
    public IReadOnlyList<AgreementAction> Actions => _actions;

    public Meeting ScheduleMeeting(MeetingKind kind, DateOnly on, TimeOnly at, string place)
    {
        EnsureInPreProceedings();
        EnsureNotBeforeRecordStarts(on, "scheduledOn");
        if (kind is MeetingKind.Initial or MeetingKind.Final && _meetings.Exists(m => m.Kind == kind))
        {
            throw new DomainRuleViolationException(
                $"This case already has a {kind.ToString().ToLowerInvariant()} meeting."
            );
        }

        if (kind == MeetingKind.Initial)
        {
            EnsureDeadlinesAfter(Plan, on, _ => "scheduledOn", "Hold the meeting before it, or change the plan first.");
        }

        var meeting = Meeting.Schedule(kind, on, at, place);
        _meetings.Add(meeting);
        if (kind == MeetingKind.Final)
        {
            Reach(EpisodeStage.DecisionDue);
        }

        Changed();
        Raise(
            "meeting-scheduled",
            $"{Words.For(kind)} arranged for {Words.Date(on)} at {at:HH\\:mm}, {meeting.Place}."
        );
        return meeting;
    }

    /// <summary>
    /// Records what happened at a meeting. Every open action must get a result (done, not done,
    /// carried on) so none silently disappears; the initial meeting needs a contingency plan.
    /// </summary>
    public void RecordMeetingOutcome(
        Guid meetingId,
        MeetingOutcome outcome,
        IReadOnlyDictionary<Guid, ActionOutcome> actionResults,
        IEnumerable<NewAction> newActions
    )
    {
        EnsureInPreProceedings();
        var meeting = FindMeeting(meetingId);
        if (meeting.Kind == MeetingKind.Initial && !Plan.HasContingencyPlan)
        {
            throw new DomainRuleViolationException(
                "Record a contingency plan (what happens if things do not change) before the initial meeting's outcome."
            );
        }

        var reviewed = PullThrough.Check(_actions, actionResults, outcome.HeldOn);
        var agreed = newActions.Select(a => AgreementAction.Agree(meetingId, a.Owner, a.Description, a.DueOn)).ToList();
        meeting.Record(outcome);
        PullThrough.Apply(reviewed, meetingId);
        foreach (var (action, result) in reviewed)
        {
            Raise("action-reviewed", $"Action \"{action.Description}\": {result.Describe()}.");
        }

        _actions.AddRange(agreed);
        Reach(
            meeting.Kind switch
            {
                MeetingKind.Initial => EpisodeStage.InitialMeetingHeld,
                MeetingKind.Review => EpisodeStage.InReview,
                _ => EpisodeStage.DecisionDue,
            }
        );
        Changed();
        Raise(
            "meeting-held",
            $"{Words.For(meeting.Kind)} held on {Words.Date(outcome.HeldOn)}: "
                + $"{Words.For(outcome.Progress).ToLowerInvariant()}; "
                + $"decision: {Words.For(outcome.Decision).ToLowerInvariant()}."
        );
    }

    /// <summary>
    /// Puts right an outcome recorded wrongly (the date held, who came, progress, decision, notes). The action results
    /// stay as recorded; the timeline and the audit keep both versions, with the reason.
    /// </summary>
    public void CorrectMeetingOutcome(Guid meetingId, MeetingOutcome outcome, string reason)
    {
        EnsureInPreProceedings();
        var meeting = FindMeeting(meetingId);
        var before = meeting.Outcome is { } was
            ? Describe(meeting, was)
            : throw new DomainRuleViolationException("This meeting's outcome is not recorded yet.");
        meeting.Correct(outcome);
        Changed();
        RaiseCorrection(
            "meeting-outcome-corrected",
            $"{Words.For(meeting.Kind)} outcome corrected. Reason: {Reason(reason)} Was: {before} Now: "
                + $"{Describe(meeting, meeting.Outcome!)}",
            before,
            Describe(meeting, meeting.Outcome!)
        );
    }

    private static string Describe(Meeting meeting, MeetingOutcome o) =>
        $"{Words.For(meeting.Kind)} held {Words.Date(o.HeldOn)}; attendees: {o.Attendees}; solicitors present: "
        + $"{(o.ParentsSolicitorsPresent ? "yes" : "no")}; "
        + $"progress: {Words.For(o.Progress).ToLowerInvariant()}; decision: {Words.For(o.Decision).ToLowerInvariant()}"
        + (o.Notes is { } notes ? $"; notes: {notes}" : "")
        + ".";

    private Meeting FindMeeting(Guid meetingId) =>
        _meetings.Find(m => m.Id == meetingId)
        ?? throw new DomainValidationException("meetingId", "No such meeting on this case.");
}
