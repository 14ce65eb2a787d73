using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Family.EndInvolvement;

/// <summary>A person is no longer involved (never deleted): from when, and why.</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record EndInvolvementCommand(Guid CaseId, int Version, Guid MemberId, DateOnly EndedOn, string Reason)
    : ICommand<CaseUpdated>,
        ICaseCommand;

public sealed class EndInvolvementCommandHandler(IPloDbContext db) : ICommandHandler<EndInvolvementCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(EndInvolvementCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.EndInvolvement(command.MemberId, command.EndedOn, command.Reason);
        return familyCase.Updated(command.MemberId);
    }
}

public sealed class EndInvolvementCommandValidator : CaseCommandValidator<EndInvolvementCommand>
{
    public EndInvolvementCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.MemberId).NotEmpty();
        RuleFor(c => c.EndedOn).NotInFuture(clock);
        RuleFor(c => c.Reason).Narrative();
    }
}
