using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Plo.Api.Infrastructure;
using Plo.Application.Common.Models;
using Plo.Application.Gateway.AddToAgenda;
using Plo.Application.Gateway.GetGatewayMeeting;
using Plo.Application.Gateway.ListGatewayMeetings;
using Plo.Application.Gateway.RecordGatewayDecision;
using Plo.Application.Gateway.ScheduleGatewayMeeting;

namespace Plo.Api.Endpoints;

internal static class GatewayEndpoints
{
    public static RouteGroupBuilder MapGatewayEndpoints(this RouteGroupBuilder api)
    {
        var gateway = api.MapGroup("/gateway-meetings").WithTags("Legal gateway panel");

        gateway
            .MapPost("/", Schedule)
            .Idempotent()
            .WithSummary("Schedule a panel meeting with its chair, attendees and agenda (GatewayPanel).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        gateway
            .MapGet(
                "/",
                (ISender s, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
                    SenderResults.Query(s, new ListGatewayMeetingsQuery(from, to), ct)
            )
            .WithSummary("Panel meetings between two dates, soonest first (GatewayPanel, SeniorManager, LegalAdviser).")
            .ProducesValidationProblem();
        gateway
            .MapGet("/{id:guid}", Get)
            .WithSummary("A panel meeting, its agenda and the decisions made.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        gateway
            .MapPost("/{id:guid}/agenda", AddToAgenda)
            .WithSummary("Put a family's case on the agenda (GatewayPanel).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        gateway
            .MapPost("/{id:guid}/decisions", RecordDecision)
            .Idempotent()
            .WithSummary(
                "Record the panel's decision for a case on the agenda (GatewayPanel). 'EnterPreProceedings' starts "
                    + "the journey."
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<Created<GatewayMeetingScheduled>> Schedule(
        ScheduleGatewayMeetingCommand command,
        ISender sender,
        CancellationToken ct
    )
    {
        var scheduled = await sender.Send(command, ct);
        return TypedResults.Created($"/api/gateway-meetings/{scheduled.Id}", scheduled);
    }

    private static async Task<Ok<GatewayMeetingDto>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetGatewayMeetingQuery(id), ct));

    public sealed record AgendaRequest(Guid CaseId);

    private static async Task<NoContent> AddToAgenda(
        Guid id,
        AgendaRequest request,
        ISender sender,
        CancellationToken ct
    )
    {
        await sender.Send(new AddToAgendaCommand(id, request.CaseId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CaseUpdated>> RecordDecision(
        Guid id,
        RecordGatewayDecisionCommand command,
        ISender sender,
        CancellationToken ct
    ) => TypedResults.Ok(await sender.Send(command with { GatewayMeetingId = id }, ct));
}
