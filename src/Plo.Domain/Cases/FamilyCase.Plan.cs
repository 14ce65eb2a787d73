using Plo.Domain.Common;
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
        Plan = plan;
        Changed();
        Raise(
            "plan-updated",
            $"Plan updated: {plan.Concerns.Count} concern(s), {plan.Changes.Count} change(s), {plan.Support.Count} "
                + $"support offer(s)"
                + (plan.HasContingencyPlan ? ", with a contingency plan." : ", no contingency plan yet.")
        );
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
