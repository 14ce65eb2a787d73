using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Cases;

namespace Plo.Application.Staff.UpdateTeam;

/// <summary>Renames a team or gives it a new team manager, who then reaches its social workers' cases.</summary>
[AllowedRoles(Roles.SeniorManager)]
[NotCaseScoped]
public sealed record UpdateTeamCommand(Guid TeamId, int Version, string Name, string? ManagerId) : ICommand<TeamDto>;

public sealed class UpdateTeamCommandHandler(IPloDbContext db) : ICommandHandler<UpdateTeamCommand, TeamDto>
{
    public async ValueTask<TeamDto> Handle(UpdateTeamCommand command, CancellationToken cancellationToken)
    {
        var team =
            await db.Teams.SingleOrDefaultAsync(t => t.Id == command.TeamId, cancellationToken)
            ?? throw new NotFoundException("Team", command.TeamId);
        if (team.Version != command.Version)
        {
            throw new ConflictException(
                $"Someone else changed the team {team.Name} (now version {team.Version}). Reload and try again."
            );
        }

        team.Update(command.Name.Trim(), command.ManagerId?.Trim());
        return new TeamDto(
            team.Id,
            team.Name,
            team.ManagerId,
            null,
            await db.Staff.CountAsync(s => s.TeamId == team.Id && s.IsActive, cancellationToken),
            team.Version
        );
    }
}

public sealed class UpdateTeamCommandValidator : PloValidator<UpdateTeamCommand>
{
    public UpdateTeamCommandValidator(IPloDbContext db)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(FieldLengths.Name).CleanName();
        RuleFor(c => c.ManagerId).ActiveStaffIn(db, Roles.TeamManager);
    }
}
