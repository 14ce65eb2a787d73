using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Planning;

namespace Plo.Application.Planning.CommissionAssessment;

[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record CommissionAssessmentCommand(
    Guid CaseId,
    int Version,
    AssessmentKind Kind,
    string? Description,
    string Assessor,
    DateOnly CommissionedOn,
    DateOnly DueOn
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class CommissionAssessmentCommandHandler(IPloDbContext db)
    : ICommandHandler<CommissionAssessmentCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(CommissionAssessmentCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var assessment = familyCase.CommissionAssessment(
            command.Kind,
            command.Description,
            command.Assessor,
            command.CommissionedOn,
            command.DueOn
        );
        return familyCase.Updated(assessment.Id);
    }
}

public sealed class CommissionAssessmentCommandValidator : CaseCommandValidator<CommissionAssessmentCommand>
{
    public CommissionAssessmentCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Description).MaximumLength(Domain.Common.Limits.ShortText);
        RuleFor(c => c.Assessor).ShortText();
        RuleFor(c => c.CommissionedOn).NotInFuture(clock);
        RuleFor(c => c.DueOn)
            .GreaterThanOrEqualTo(c => c.CommissionedOn)
            .WithMessage("The due date cannot be before the assessment was commissioned.");
    }
}
