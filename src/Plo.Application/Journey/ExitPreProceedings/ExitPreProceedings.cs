using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Journey;

namespace Plo.Application.Journey.ExitPreProceedings;

[AllowedRoles(Roles.TeamManager, Roles.SeniorManager, Roles.GatewayPanel)]
public sealed record ExitPreProceedingsCommand(
    Guid CaseId,
    int Version,
    ExitOutcome Outcome,
    DateOnly On,
    string Reason,
    DateOnly? CourtApplicationOn
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class ExitPreProceedingsCommandHandler(IPloDbContext db, ICurrentUser user)
    : ICommandHandler<ExitPreProceedingsCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(ExitPreProceedingsCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.ExitPreProceedings(
            new CaseExit(command.Outcome, command.On, command.Reason, command.CourtApplicationOn, user.UserId)
        );
        return familyCase.Updated();
    }
}

public sealed class ExitPreProceedingsCommandValidator : CaseCommandValidator<ExitPreProceedingsCommand>
{
    public ExitPreProceedingsCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Outcome).IsInEnum();
        RuleFor(c => c.On).NotInFuture(clock);
        RuleFor(c => c.Reason).Narrative();
        RuleFor(c => c.CourtApplicationOn).NotInFuture(clock);
        RuleFor(c => c.CourtApplicationOn)
            .NotNull()
            .When(c => c.Outcome == ExitOutcome.ProceedingsIssued)
            .WithMessage("Give the date the court application was made.");
    }
}
