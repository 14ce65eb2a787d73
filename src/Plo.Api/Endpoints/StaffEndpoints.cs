using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Plo.Application.Reference.ListDisplayNames;
using Plo.Application.Staff;
using Plo.Application.Staff.AddStaffMember;
using Plo.Application.Staff.AddTeam;
using Plo.Application.Staff.ListStaff;
using Plo.Application.Staff.ListTeams;
using Plo.Application.Staff.UpdateStaffMember;
using Plo.Application.Staff.UpdateTeam;

namespace Plo.Api.Endpoints;

internal static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaffEndpoints(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff directory");
        staff
            .MapGet(
                "/",
                (ISender s, CancellationToken ct, bool includeInactive = false) =>
                    SenderResults.Query(s, new ListStaffQuery(includeInactive), ct)
            )
            .WithSummary("The staff directory: names, roles, teams and work contacts (any role).");
        staff
            .MapPost("/", AddStaff)
            .WithSummary("Add someone to the directory (SeniorManager).")
            .ProducesValidationProblem();
        staff
            .MapPut(
                "/{userId}",
                (string userId, UpdateStaffRequest r, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, new UpdateStaffMemberCommand(userId, r.Version, r.Details), ct)
            )
            .WithSummary("Change someone's details, roles or team, or make them inactive (SeniorManager).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var teams = api.MapGroup("/teams").WithTags("Staff directory");
        teams
            .MapGet("/", (ISender s, CancellationToken ct) => SenderResults.Query(s, new ListTeamsQuery(), ct))
            .WithSummary("Teams and their team managers (any role).");
        teams.MapPost("/", AddTeam).WithSummary("Add a team (SeniorManager).").ProducesValidationProblem();
        teams
            .MapPut(
                "/{id:guid}",
                (Guid id, UpdateTeamCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { TeamId = id }, ct)
            )
            .WithSummary("Rename a team or change its team manager (SeniorManager).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet(
                "/display-names",
                (ISender s, CancellationToken ct) => SenderResults.Query(s, new ListDisplayNamesQuery(), ct)
            )
            .WithTags("Reference")
            .WithSummary("The display name of every code the API uses, by type (any role).");
        return api;
    }

    public sealed record UpdateStaffRequest(int Version, StaffInput Details);

    private static async Task<Created<StaffMemberDto>> AddStaff(
        AddStaffMemberCommand command,
        ISender sender,
        CancellationToken ct
    )
    {
        var added = await sender.Send(command, ct);
        return TypedResults.Created($"/api/staff/{Uri.EscapeDataString(added.UserId)}", added);
    }

    private static async Task<Created<TeamDto>> AddTeam(AddTeamCommand command, ISender sender, CancellationToken ct)
    {
        var added = await sender.Send(command, ct);
        return TypedResults.Created($"/api/teams/{added.Id}", added);
    }
}
