using FluentValidation;
using Plo.Application.Common.Validation;

namespace Plo.Application.Gateway.RecordGatewayDecision;

public sealed class RecordGatewayDecisionCommandValidator : CaseCommandValidator<RecordGatewayDecisionCommand>
{
    public RecordGatewayDecisionCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.GatewayMeetingId).NotEmpty();
        RuleFor(c => c.Option).IsInEnum();
        RuleFor(c => c.Rationale).Narrative();
        RuleFor(c => c.Conditions).MaximumLength(Domain.Common.Limits.Narrative);
        RuleFor(c => c.Ratification!)
            .ChildRules(r =>
            {
                r.RuleFor(x => x.MadeBy).ShortText().CleanName();
                r.RuleFor(x => x.MadeOn).NotInFuture(clock);
                r.RuleFor(x => x.Reason).Narrative();
            })
            .When(c => c.Ratification is not null);
    }
}
