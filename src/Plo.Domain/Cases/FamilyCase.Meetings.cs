using Plo.Domain.Common;
using Plo.Domain.Journey;
using Plo.Domain.Letters;
using Plo.Domain.Meetings;

namespace Plo.Domain.Cases;

public sealed partial class FamilyCase
{
    private readonly List<Meeting> _meetings = [];
    private readonly List<AgreementAction> _actions = [];

    public DateOnly? LetterSentOn { get; private set; }
    public IReadOnlyList<Meeting> Meetings => _meetings;
    public IReadOnlyList<AgreementAction> Actions => _actions;

    public DateOnly? LetterOfIssueSentOn { get; private set; }

    /// <summary>
    /// A letter went out (the letter itself records who it went to). The first letter before proceedings meets the
    /// "letter sent" key date; the first letter of issue is recorded for the proceedings. Allowed after exit: the
    /// letter of issue and the end-of-pre-proceedings letter follow it. Any other letter leaves the case as it was.
    /// </summary>
    public void RecordLetterIssued(LetterKind kind, DateOnly issuedOn)
    {
        if (kind.IsLetterBeforeProceedings() && LetterSentOn is null && IsInPreProceedings)
        {
            LetterSentOn = issuedOn;
            Reach(EpisodeStage.LetterSent);
            Changed();
            Raise("letter-sent", $"Letter before proceedings sent on {Words.Date(issuedOn)}.");
        }

        if (kind == LetterKind.LetterOfIssue && LetterOfIssueSentOn is null)
        {
            LetterOfIssueSentOn = issuedOn;
            Changed();
        }
    }

    public void RecordLetterSent(DateOnly sentOn)
    {
        EnsureInPreProceedings();
        if (LetterSentOn is not null)
        {
            throw new DomainRuleViolationException("The letter before proceedings is already recorded as sent.");
        }

        if (sentOn < ActiveEpisodes.Min(e => e.StartDate))
        {
            throw new DomainValidationException("sentOn", "The letter cannot be sent before the decision to enter pre-proceedings.");
        }

        LetterSentOn = sentOn;
        Reach(EpisodeStage.LetterSent);
        Changed();
        Raise("letter-sent", $"Letter before proceedings sent on {Words.Date(sentOn)}.");
    }

    public Meeting ScheduleMeeting(MeetingKind kind, DateOnly on, TimeOnly at, string place)
    {
        EnsureInPreProceedings();
        EnsureNotBeforeOpened(on, "scheduledOn");
        if (kind is MeetingKind.Initial or MeetingKind.Final && _meetings.Exists(m => m.Kind == kind))
        {
            throw new DomainRuleViolationException($"This case already has a {kind.ToString().ToLowerInvariant()} meeting.");
        }

        var meeting = Meeting.Schedule(kind, on, at, place);
        _meetings.Add(meeting);
        if (kind == MeetingKind.Final)
        {
            Reach(EpisodeStage.DecisionDue);
        }

        Changed();
        Raise("meeting-scheduled", $"{Words.For(kind)} arranged for {Words.Date(on)} at {at:HH\\:mm}, {meeting.Place}.");
        return meeting;
    }

    /// <summary>
    /// Records what happened at a meeting. Every open action must get a result (done, not done,
    /// carried on) so none silently disappears; the initial meeting needs a contingency plan.
    /// </summary>
    public void RecordMeetingOutcome(Guid meetingId, MeetingOutcome outcome, IReadOnlyDictionary<Guid, ActionResult> actionResults, IEnumerable<NewAction> newActions)
    {
        EnsureInPreProceedings();
        var meeting = _meetings.Find(m => m.Id == meetingId) ?? throw new DomainValidationException("meetingId", "No such meeting on this case.");
        if (meeting.Kind == MeetingKind.Initial && !Plan.HasContingencyPlan)
        {
            throw new DomainRuleViolationException("Record a contingency plan (what happens if things do not change) before the initial meeting's outcome.");
        }

        ReviewOpenActions(meetingId, actionResults);
        meeting.Record(outcome);
        _actions.AddRange(newActions.Select(a => AgreementAction.Agree(meetingId, a.Owner, a.Description, a.DueOn)));
        Reach(meeting.Kind switch
        {
            MeetingKind.Initial => EpisodeStage.InitialMeetingHeld,
            MeetingKind.Review => EpisodeStage.InReview,
            _ => EpisodeStage.DecisionDue,
        });
        Changed();
        Raise("meeting-held", $"{Words.For(meeting.Kind)} held on {Words.Date(outcome.HeldOn)}: {Words.For(outcome.Progress).ToLowerInvariant()}; "
            + $"decision: {Words.For(outcome.Decision).ToLowerInvariant()}.");
    }

    private void ReviewOpenActions(Guid meetingId, IReadOnlyDictionary<Guid, ActionResult> results)
    {
        var open = _actions.Where(a => a.Status == ActionStatus.Open).ToList();
        var unknown = results.Keys.Where(id => !open.Exists(a => a.Id == id)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainValidationException("actionResults", $"These are not open actions of this case: {string.Join(", ", unknown)}.");
        }

        var missing = open.Where(a => !results.ContainsKey(a.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainValidationException("actionResults",
                $"Record done, not done or carried on for every open action. Missing: {string.Join("; ", missing.Select(a => a.Description))}.");
        }

        foreach (var action in open)
        {
            action.Review(meetingId, results[action.Id]);
            Raise("action-reviewed", $"Action \"{action.Description}\": {Words.For(results[action.Id]).ToLowerInvariant()}.");
        }
    }
}
