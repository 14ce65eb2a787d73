using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Planning;

namespace Plo.Application.Planning.GetPlan;

public sealed record GetPlanQuery(Guid CaseId) : IQuery<PlanDto>, IHasCaseId;

public sealed record PlanDto(
    Guid CaseId,
    int Version,
    IReadOnlyList<Concern> Concerns,
    IReadOnlyList<RequiredChange> Changes,
    IReadOnlyList<SupportOffer> Support,
    FamilyNetwork? FamilyNetwork,
    string? ContingencyPlan,
    IReadOnlyList<AssessmentDto> Assessments
);

public sealed record AssessmentDto(
    Guid Id,
    AssessmentKind Kind,
    string? Description,
    string Assessor,
    DateOnly CommissionedOn,
    DateOnly DueOn,
    DateOnly? CompletedOn,
    string? Outcome
);

public sealed class GetPlanQueryHandler(IPloDbContext db) : IQueryHandler<GetPlanQuery, PlanDto>
{
    public async ValueTask<PlanDto> Handle(GetPlanQuery query, CancellationToken cancellationToken)
    {
        var c = await db.LoadCaseAsync(query.CaseId, cancellationToken);
        return new PlanDto(
            c.Id,
            c.Version,
            c.Plan.Concerns,
            c.Plan.Changes,
            c.Plan.Support,
            c.Plan.FamilyNetwork,
            c.Plan.ContingencyPlan,
            [
                .. c
                    .Assessments.OrderBy(a => a.CommissionedOn)
                    .Select(a => new AssessmentDto(
                        a.Id,
                        a.Kind,
                        a.Description,
                        a.Assessor,
                        a.CommissionedOn,
                        a.DueOn,
                        a.CompletedOn,
                        a.Outcome
                    )),
            ]
        );
    }
}
