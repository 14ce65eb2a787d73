using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Journey;
using Plo.Domain.Delay;

namespace Plo.Application.Delay.RecordDelayRationale;

[AllowedRoles(Roles.TeamManager, Roles.SeniorManager)]
public sealed record RecordDelayRationaleCommand(
    Guid CaseId,
    int Version,
    DelayReason Reason,
    string Narrative,
    DateOnly RevisedDate
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class RecordDelayRationaleCommandHandler(
    IPloDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    IOptions<JourneyOptions> options
) : ICommandHandler<RecordDelayRationaleCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(RecordDelayRationaleCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var rationale = familyCase.RecordDelayRationale(
            command.Reason,
            command.Narrative,
            command.RevisedDate,
            clock.Today(),
            user.UserId,
            options.Value.MaxExtensionWeeks
        );
        return familyCase.Updated(rationale.Id);
    }
}

public sealed class RecordDelayRationaleCommandValidator : CaseCommandValidator<RecordDelayRationaleCommand>
{
    public RecordDelayRationaleCommandValidator()
    {
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Narrative).Narrative();
    }
}
