using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Planning.UpdateAssessment;

[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record UpdateAssessmentCommand(
    Guid CaseId,
    int Version,
    Guid AssessmentId,
    DateOnly DueOn,
    DateOnly? CompletedOn,
    string? Outcome
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class UpdateAssessmentCommandHandler(IPloDbContext db)
    : ICommandHandler<UpdateAssessmentCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(UpdateAssessmentCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.UpdateAssessment(command.AssessmentId, command.DueOn, command.CompletedOn, command.Outcome);
        return familyCase.Updated(command.AssessmentId);
    }
}

public sealed class UpdateAssessmentCommandValidator : CaseCommandValidator<UpdateAssessmentCommand>
{
    public UpdateAssessmentCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.AssessmentId).NotEmpty();
        RuleFor(c => c.CompletedOn).NotInFuture(clock);
        RuleFor(c => c.Outcome).MaximumLength(Domain.Common.Limits.Narrative);
        RuleFor(c => c.Outcome)
            .NotEmpty()
            .When(c => c.CompletedOn is not null)
            .WithMessage("Record the outcome of a completed assessment.");
    }
}
