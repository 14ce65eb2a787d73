using FluentValidation;
using Mediator;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Family.CorrectDateOfBirth;

[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record CorrectDateOfBirthCommand(
    Guid CaseId,
    int Version,
    Guid ChildId,
    DateOnly DateOfBirth,
    string Reason
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class CorrectDateOfBirthCommandHandler(IPloDbContext db)
    : ICommandHandler<CorrectDateOfBirthCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(CorrectDateOfBirthCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.CorrectDateOfBirth(command.ChildId, command.DateOfBirth, command.Reason);
        return familyCase.Updated(command.ChildId);
    }
}

public sealed class CorrectDateOfBirthCommandValidator : CaseCommandValidator<CorrectDateOfBirthCommand>
{
    public CorrectDateOfBirthCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.DateOfBirth).ChildsDateOfBirth(clock);
        RuleFor(c => c.Reason).Narrative();
    }
}
