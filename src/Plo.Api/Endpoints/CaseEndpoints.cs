using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Plo.Api.Infrastructure;
using Plo.Application.Cases.EnterRetrospectively;
using Plo.Application.Cases.GetCase;
using Plo.Application.Cases.ListCases;
using Plo.Application.Cases.OpenCase;

namespace Plo.Api.Endpoints;

internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");

        cases
            .MapPost("/", OpenCase)
            .Idempotent()
            .WithSummary("Open a pre-proceedings case for a family (SocialWorker, TeamManager).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        cases
            .MapPost("/retrospective", EnterRetrospectively)
            .Idempotent()
            .WithSummary(
                "Enter a family already in pre-proceedings with its real history from the previous tracker "
                    + "(TeamManager, SeniorManager)."
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        cases
            .MapGet(
                "/{id:guid}",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new GetCaseQuery(id), ct)
            )
            .WithName("GetCase")
            .WithSummary("One case with its children, family members and allocation.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        cases
            .MapGet(
                "/",
                (ISender s, CancellationToken ct, int page = 1, int pageSize = 25) =>
                    SenderResults.Query(s, new ListCasesQuery(page, pageSize), ct)
            )
            .WithSummary("The cases you may see, newest first, a page at a time.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Created<CaseOpened>> OpenCase(
        OpenCaseCommand command,
        ISender sender,
        CancellationToken ct
    )
    {
        var opened = await sender.Send(command, ct);
        return TypedResults.Created($"/api/cases/{opened.CaseId}", opened);
    }

    private static async Task<Created<CaseOpened>> EnterRetrospectively(
        EnterCaseRetrospectivelyCommand command,
        ISender sender,
        CancellationToken ct
    )
    {
        var opened = await sender.Send(command, ct);
        return TypedResults.Created($"/api/cases/{opened.CaseId}", opened);
    }
}
