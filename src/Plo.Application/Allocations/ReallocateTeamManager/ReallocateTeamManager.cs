using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Domain.Cases;

namespace Plo.Application.Allocations.ReallocateTeamManager;

/// <summary>A new team manager for the case: a senior manager decides.</summary>
[AllowedRoles(Roles.SeniorManager)]
public sealed record ReallocateTeamManagerCommand(Guid CaseId, int Version, string UserId, string Reason)
    : ICommand<CaseUpdated>,
        IReallocation;

public sealed class ReallocateTeamManagerCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReallocateTeamManagerCommand, CaseUpdated>
{
    public ValueTask<CaseUpdated> Handle(ReallocateTeamManagerCommand command, CancellationToken cancellationToken) =>
        Reallocation.ApplyAsync(db, user, clock, command, AllocatedRole.TeamManager, cancellationToken);
}

public sealed class ReallocateTeamManagerCommandValidator(IPloDbContext db)
    : ReallocationValidator<ReallocateTeamManagerCommand>(db, Roles.TeamManager);
