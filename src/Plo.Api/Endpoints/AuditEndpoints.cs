using Mediator;
using Plo.Application.Auditing.GetAccessLog;
using Plo.Application.Auditing.GetCaseAudit;

namespace Plo.Api.Endpoints;

internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(
                "/audit/access",
                (Guid caseId, ISender s, CancellationToken ct, int page = 1, int pageSize = 50) =>
                    SenderResults.Query(s, new GetAccessLogQuery(caseId, page, pageSize), ct)
            )
            .WithTags("Audit")
            .WithSummary("Who has read a case, its letters and its timeline, newest first (SeniorManager).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet(
                "/cases/{id:guid}/audit",
                (
                    Guid id,
                    ISender s,
                    CancellationToken ct,
                    bool correctionsOnly = false,
                    int page = 1,
                    int pageSize = 50
                ) => SenderResults.Query(s, new GetCaseAuditQuery(id, correctionsOnly, page, pageSize), ct)
            )
            .WithTags("Audit")
            .WithSummary(
                "Every change made to a case, newest first, with before and after for corrections (SeniorManager, "
                    + "TeamManager)."
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
