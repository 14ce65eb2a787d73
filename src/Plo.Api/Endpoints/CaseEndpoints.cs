using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Plo.Api.Infrastructure;
using Plo.Application.Cases.EnterRetrospectively;
using Plo.Application.Cases.FindCase;
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
                "/by-reference/{reference}",
                async (string reference, ISender s, CancellationToken ct) =>
                    TypedResults.Ok(
                        new FoundCase(await s.Send(new FindCaseQuery(reference), ct), reference.ToUpperInvariant())
                    )
            )
            .WithSummary("The id of the case with this reference (PLO-2026-0001), if you may see it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases
            .MapGet(
                "/",
                (ISender s, CancellationToken ct, int page = 1, int pageSize = 25, string? search = null) =>
                    SenderResults.Query(s, new ListCasesQuery(page, pageSize, search), ct)
            )
            .WithSummary(
                "The cases you may see, newest first, a page at a time; search by reference or a child's name."
            )
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
