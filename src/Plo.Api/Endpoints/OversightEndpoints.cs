using Mediator;
using Plo.Api.Infrastructure;
using Plo.Application.Supervision.GetSignificantChanges;
using Plo.Application.Supervision.GetSupervision;
using Plo.Application.Supervision.RecordSignificantChange;
using Plo.Application.Supervision.RecordSupervision;

namespace Plo.Api.Endpoints;

/// <summary>Managers' oversight of a case, under /api/cases/{id}: supervision with its actions pulled through, and
/// significant changes that make a reassessment due.</summary>
internal static class OversightEndpoints
{
    public static RouteGroupBuilder MapOversightEndpoints(this RouteGroupBuilder api)
    {
        var oversight = api.MapGroup("/cases/{id:guid}")
            .WithTags("Oversight")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        oversight
            .MapGet(
                "/supervision",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new GetSupervisionQuery(id), ct)
            )
            .WithSummary(
                "Supervision sessions (newest first) with the results they gave and the actions they set, the open "
                    + "actions the next session must review, and when it is due."
            );
        oversight
            .MapPost(
                "/supervision",
                (Guid id, RecordSupervisionCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary(
                "Record a supervision session with a result for every open supervision action, and new actions "
                    + "(TeamManager)."
            )
            .WithBodyLimit(256)
            .ProducesChangeProblems()
            .Idempotent();
        oversight
            .MapGet(
                "/significant-changes",
                (Guid id, ISender s, CancellationToken ct) =>
                    SenderResults.Query(s, new GetSignificantChangesQuery(id), ct)
            )
            .WithSummary("Significant changes in the children's lives, and whether a reassessment is due.");
        oversight
            .MapPost(
                "/significant-changes",
                (Guid id, RecordSignificantChangeCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Record a significant change in the children's lives (SocialWorker, TeamManager).")
            .ProducesChangeProblems()
            .Idempotent();
        return api;
    }
}
