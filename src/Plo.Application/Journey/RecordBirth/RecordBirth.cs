using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Cases;

namespace Plo.Application.Journey.RecordBirth;

[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record RecordBirthCommand(Guid CaseId, int Version, Guid ChildId, DateOnly DateOfBirth, string? FirstName)
    : ICommand<CaseUpdated>,
        ICaseCommand;

public sealed class RecordBirthCommandHandler(IPloDbContext db) : ICommandHandler<RecordBirthCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(RecordBirthCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.RecordBirth(command.ChildId, command.DateOfBirth, command.FirstName);
        return familyCase.Updated(command.ChildId);
    }
}

public sealed class RecordBirthCommandValidator : CaseCommandValidator<RecordBirthCommand>
{
    public RecordBirthCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.DateOfBirth).NotInFuture(clock);
        RuleFor(c => c.FirstName!).MaximumLength(FieldLengths.Name).CleanName();
    }
}
