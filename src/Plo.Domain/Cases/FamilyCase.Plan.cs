using Plo.Domain.Common;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;

namespace Plo.Domain.Cases;

public sealed partial class FamilyCase
{
    private readonly List<Assessment> _assessments = [];

    public CasePlan Plan { get; private set; } = CasePlan.Empty();
    public IReadOnlyList<Assessment> Assessments => _assessments;

    public void UpdatePlan(CasePlan plan)
    {
        EnsureOpen();
        if (PlanningMeeting() is { } meeting)
        {
            EnsureDeadlinesAfter(
                plan,
                meeting.ScheduledOn,
                i => $"changes[{i}].byWhen",
                "Give a date after the meeting."
            );
        }

        Plan = plan;
        Changed();
        Raise(
            "plan-updated",
            $"Plan updated: {plan.Concerns.Count} concern(s), {plan.Changes.Count} change(s), {plan.Support.Count} "
                + $"support offer(s)"
                + (plan.HasContingencyPlan ? ", with a contingency plan." : ", no contingency plan yet.")
        );
    }

    /// <summary>The initial meeting, while it is still to come: it agrees the plan, so no change can be due before
    /// it.</summary>
    private Meeting? PlanningMeeting() => _meetings.Find(m => m.Kind == MeetingKind.Initial && !m.IsHeld);

    private static void EnsureDeadlinesAfter(CasePlan plan, DateOnly meetingOn, Func<int, string> field, string advice)
    {
        var early = plan.Changes.FindIndex(c => c.ByWhen <= meetingOn);
        if (early >= 0)
        {
            throw new DomainValidationException(
                field(early),
                $"This change is due by {Words.Date(plan.Changes[early].ByWhen)}, but the meeting that agrees the "
                    + $"plan is on {Words.Date(meetingOn)}. {advice}"
            );
        }
    }

    public Assessment CommissionAssessment(
        AssessmentKind kind,
        string? description,
        string assessor,
        DateOnly commissionedOn,
        DateOnly dueOn
    )
    {
        EnsureOpen();
        EnsureNotBeforeRecordStarts(commissionedOn, "commissionedOn");
        var assessment = Assessment.Commission(kind, description, assessor, commissionedOn, dueOn);
        _assessments.Add(assessment);
        Changed();
        Raise(
            "assessment-commissioned",
            $"{Words.For(kind)} commissioned from {assessment.Assessor}, due {Words.Date(dueOn)}."
        );
        return assessment;
    }

    public void UpdateAssessment(Guid assessmentId, DateOnly dueOn, DateOnly? completedOn, string? outcome)
    {
        EnsureOpen();
        var assessment =
            _assessments.Find(a => a.Id == assessmentId)
            ?? throw new DomainValidationException("assessmentId", "No such assessment on this case.");
        var wasComplete = assessment.CompletedOn is not null;
        assessment.Update(dueOn, completedOn, outcome);
        Changed();
        Raise(
            "assessment-updated",
            completedOn is { } done && !wasComplete
                ? $"{Words.For(assessment.Kind)} completed on {Words.Date(done)}: {assessment.Outcome}"
                : $"{Words.For(assessment.Kind)} now due {Words.Date(dueOn)}."
        );
    }
}
