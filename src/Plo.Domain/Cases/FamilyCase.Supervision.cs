using Plo.Domain.Common;
using Plo.Domain.Meetings;
using Plo.Domain.Supervision;

namespace Plo.Domain.Cases;

/// <summary>Managers' oversight of the case: supervision sessions with their actions, and significant changes in the
/// children's lives that call for reassessment.</summary>
public sealed partial class FamilyCase
{
    private readonly List<SupervisionSession> _supervisions = [];
    private readonly List<SupervisionAction> _supervisionActions = [];
    private readonly List<SignificantChange> _significantChanges = [];

    public IReadOnlyList<SupervisionSession> Supervisions => _supervisions;
    public IReadOnlyList<SupervisionAction> SupervisionActions => _supervisionActions;
    public IReadOnlyList<SignificantChange> SignificantChanges => _significantChanges;

    /// <summary>
    /// Records a supervision session. Like a meeting, it must give every open supervision action from earlier
    /// sessions a result (done, not done, carried on), through the same <see cref="PullThrough"/> rule.
    /// <paramref name="nameOf"/> gives staff display names for the timeline, which speaks of people by name.
    /// </summary>
    public SupervisionSession RecordSupervision(
        SupervisionNotes notes,
        IReadOnlyDictionary<Guid, ActionOutcome> actionResults,
        IEnumerable<NewSupervisionAction> newActions,
        string recordedBy,
        DateTime recordedAt,
        Func<string, string>? nameOf = null
    )
    {
        nameOf ??= id => id;
        EnsureOpen();
        EnsureNotBeforeRecordStarts(notes.HeldOn, "heldOn");
        if (_supervisions.Count > 0 && _supervisions.Max(s => s.HeldOn) is var last && notes.HeldOn < last)
        {
            throw new DomainValidationException(
                "heldOn",
                $"The last supervision was on {Words.Date(last)}. Record sessions in the order they were held."
            );
        }

        var added = newActions.ToList();
        var early = added.FindIndex(a => a.DueOn <= notes.HeldOn);
        if (early >= 0)
        {
            throw new DomainValidationException($"newActions[{early}].dueOn", "Give a date after the session.");
        }

        var reviewed = PullThrough.Check(_supervisionActions, actionResults, notes.HeldOn);
        var session = SupervisionSession.Record(notes, recordedBy, recordedAt);
        var agreed = added.Select(a => SupervisionAction.Agree(session.Id, a)).ToList();
        PullThrough.Apply(reviewed, session.Id);
        _supervisions.Add(session);
        _supervisionActions.AddRange(agreed);
        Changed();
        foreach (var (action, result) in reviewed)
        {
            Raise("supervision-action-reviewed", $"Supervision action \"{action.Description}\": {result.Describe()}.");
        }

        Raise(
            "supervision-recorded",
            $"Supervision on {Words.Date(notes.HeldOn)}: {nameOf(session.SupervisorId)} supervised "
                + $"{nameOf(session.SuperviseeId)}. {Count(reviewed.Count, "action")} reviewed, "
                + $"{Count(added.Count, "new action")}."
        );
        return session;
    }

    /// <summary>Records a significant change in the children's lives; an assessment completed before it is out of
    /// date until another is completed.</summary>
    public SignificantChange RecordSignificantChange(
        SignificantChangeKind kind,
        DateOnly occurredOn,
        string description,
        string recordedBy,
        DateTime recordedAt
    )
    {
        EnsureOpen();
        var change = SignificantChange.Of(kind, occurredOn, description, recordedBy, recordedAt);
        _significantChanges.Add(change);
        Changed();
        var assessed = LastAssessedOn;
        Raise(
            new TimelineEvent(
                "significant-change",
                $"{Words.For(kind)} on {Words.Date(occurredOn)}: {change.Description}"
                    + (
                        assessed is { } on && on < occurredOn
                            ? $" The last assessment was completed on {Words.Date(on)}: a reassessment is due."
                            : ""
                    ),
                OccurredOn: occurredOn
            )
        );
        return change;
    }

    /// <summary>When the latest assessment was completed, if any was.</summary>
    public DateOnly? LastAssessedOn => _assessments.Max(a => a.CompletedOn);

    /// <summary>The earliest significant change after the latest completed assessment: the case has been due for
    /// reassessment since then. None when nothing has been assessed yet, or every change was assessed.</summary>
    private DateOnly? ReassessmentDueFrom() =>
        LastAssessedOn is { } assessed
            ? _significantChanges.Where(c => c.OccurredOn > assessed).Min(c => (DateOnly?)c.OccurredOn)
            : null;

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
