using Mediator;
using Plo.Application.Auditing.GetAccessLog;

namespace Plo.Api.Endpoints;

internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit/access", (Guid caseId, ISender s, CancellationToken ct, int page = 1, int pageSize = 50) =>
                SenderResults.Query(s, new GetAccessLogQuery(caseId, page, pageSize), ct))
            .WithTags("Audit")
            .WithSummary("Who has read a case, its letters and its timeline, newest first (SeniorManager).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
