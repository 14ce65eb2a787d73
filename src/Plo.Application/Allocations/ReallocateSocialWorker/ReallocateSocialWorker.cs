using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Domain.Cases;

namespace Plo.Application.Allocations.ReallocateSocialWorker;

/// <summary>
/// A new social worker for the case: the case's team manager or a senior manager decides. A team manager may hold
/// the case while it waits for a social worker.
/// </summary>
[AllowedRoles(Roles.TeamManager, Roles.SeniorManager)]
public sealed record ReallocateSocialWorkerCommand(Guid CaseId, int Version, string UserId, string Reason)
    : ICommand<CaseUpdated>,
        IReallocation;

public sealed class ReallocateSocialWorkerCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReallocateSocialWorkerCommand, CaseUpdated>
{
    public ValueTask<CaseUpdated> Handle(ReallocateSocialWorkerCommand command, CancellationToken cancellationToken) =>
        Reallocation.ApplyAsync(db, user, clock, command, AllocatedRole.SocialWorker, cancellationToken);
}

public sealed class ReallocateSocialWorkerCommandValidator(IPloDbContext db)
    : ReallocationValidator<ReallocateSocialWorkerCommand>(db, Roles.SocialWorker, Roles.TeamManager);
