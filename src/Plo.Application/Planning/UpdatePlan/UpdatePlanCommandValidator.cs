using FluentValidation;
using Plo.Application.Common.Validation;
using Plo.Domain.Common;

namespace Plo.Application.Planning.UpdatePlan;

public sealed class UpdatePlanCommandValidator : CaseCommandValidator<UpdatePlanCommand>
{
    private const int MaxItems = 50;

    public UpdatePlanCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Concerns).NotNull().Must(l => l.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");
        RuleFor(c => c.Changes).NotNull().Must(l => l.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");
        RuleFor(c => c.Support).NotNull().Must(l => l.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");
        RuleForEach(c => c.Concerns)
            .NotNull()
            .ChildRules(c =>
            {
                c.RuleFor(x => x.Description).Narrative();
                c.RuleFor(x => x.OccurredOn).NotInFuture(clock);
                c.RuleFor(x => x.Event).MaximumLength(Limits.ShortText);
                c.RuleFor(x => x)
                    .Must(x => x.OccurredOn is not null || !string.IsNullOrWhiteSpace(x.Event))
                    .OverridePropertyName("occurredOn")
                    .WithMessage("Tie each concern to a date or a specific event.");
            });
        RuleForEach(c => c.Changes)
            .NotNull()
            .ChildRules(c =>
            {
                c.RuleFor(x => x.What).Narrative();
                c.RuleFor(x => x.Who).ShortText();
                c.RuleFor(x => x.ByWhen).NotEmpty();
            });
        RuleForEach(c => c.Support)
            .NotNull()
            .ChildRules(s =>
            {
                s.RuleFor(x => x.Service).ShortText();
                s.RuleFor(x => x.Who).ShortText();
                s.RuleFor(x => x.When).ShortText();
            });
        RuleFor(c => c.FamilyNetwork!)
            .ChildRules(n =>
            {
                n.RuleFor(x => x.OfferedOn).NotInFuture(clock);
                n.RuleFor(x => x.DeclinedOn).NotInFuture(clock);
                n.RuleFor(x => x.OfferedOn)
                    .NotNull()
                    .When(x => x.FgcOffered)
                    .WithMessage("Give the date the conference was offered.");
                n.RuleFor(x => x.DeclinedOn)
                    .NotNull()
                    .When(x => x.Declined)
                    .WithMessage("Give the date it was declined.");
                n.RuleFor(x => x.HeldOn)
                    .Must((x, held) => held is null || x.OfferedOn is null || held >= x.OfferedOn)
                    .WithMessage("A conference cannot be held before it was offered.");
            })
            .When(c => c.FamilyNetwork is not null);
        RuleFor(c => c.ContingencyPlan).MaximumLength(Limits.Narrative);
    }
}
