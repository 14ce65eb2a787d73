using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Cases;
using Plo.Domain.Staff;

namespace Plo.Application.Staff.AddTeam;

[AllowedRoles(Roles.SeniorManager)]
[NotCaseScoped]
public sealed record AddTeamCommand(string Name, string? ManagerId) : ICommand<TeamDto>;

public sealed class AddTeamCommandHandler(IPloDbContext db) : ICommandHandler<AddTeamCommand, TeamDto>
{
    public ValueTask<TeamDto> Handle(AddTeamCommand command, CancellationToken cancellationToken)
    {
        var team = Team.Create(command.Name.Trim(), command.ManagerId?.Trim());
        db.Teams.Add(team);
        return ValueTask.FromResult(new TeamDto(team.Id, team.Name, team.ManagerId, null, 0, team.Version));
    }
}

public sealed class AddTeamCommandValidator : PloValidator<AddTeamCommand>
{
    public AddTeamCommandValidator(IPloDbContext db)
    {
        RuleFor(c => c.Name)
            .NotEmpty()
            .MaximumLength(FieldLengths.Name)
            .CleanName()
            .MustAsync(async (name, ct) => !await db.Teams.AnyAsync(t => t.Name == name.Trim(), ct))
            .WithMessage("A team with this name already exists.");
        RuleFor(c => c.ManagerId).ActiveStaffIn(db, Roles.TeamManager);
    }
}
