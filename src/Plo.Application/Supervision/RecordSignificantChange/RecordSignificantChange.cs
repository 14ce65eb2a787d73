using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Supervision;

namespace Plo.Application.Supervision.RecordSignificantChange;

/// <summary>A significant change in the children's lives: what kind, when, and a short description.</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record RecordSignificantChangeCommand(
    Guid CaseId,
    int Version,
    SignificantChangeKind Kind,
    DateOnly OccurredOn,
    string Description
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class RecordSignificantChangeCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordSignificantChangeCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(
        RecordSignificantChangeCommand command,
        CancellationToken cancellationToken
    )
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var change = familyCase.RecordSignificantChange(
            command.Kind,
            command.OccurredOn,
            command.Description,
            user.UserId,
            clock.GetUtcNow().UtcDateTime
        );
        return familyCase.Updated(change.Id);
    }
}

public sealed class RecordSignificantChangeCommandValidator : CaseCommandValidator<RecordSignificantChangeCommand>
{
    public RecordSignificantChangeCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.OccurredOn).NotInFuture(clock);
        RuleFor(c => c.Description).Narrative();
    }
}
