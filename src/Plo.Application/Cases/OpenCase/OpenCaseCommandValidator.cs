using FluentValidation;
using Plo.Application.Common.Validation;

namespace Plo.Application.Cases.OpenCase;

public sealed class OpenCaseCommandValidator : PloValidator<OpenCaseCommand>
{
    private const int MaxChildren = 20;
    private const int MaxFamilyMembers = 30;

    public OpenCaseCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Children)
            .NotEmpty()
            .WithMessage("Add at least one child.")
            .Must(c => c.Count <= MaxChildren)
            .WithMessage($"A case can have at most {MaxChildren} children.");
        RuleForEach(c => c.Children).NotNull().SetValidator(new ChildInputValidator(clock));

        RuleFor(c => c.FamilyMembers)
            .NotEmpty()
            .WithMessage("Add at least one person with parental responsibility.")
            .Must(m => m.Count <= MaxFamilyMembers)
            .WithMessage($"A case can have at most {MaxFamilyMembers} family members.")
            .Must(m => m.Any(p => p is { HasParentalResponsibility: true }))
            .WithMessage("At least one family member must have parental responsibility.");
        RuleForEach(c => c.FamilyMembers).NotNull().SetValidator(new FamilyMemberInputValidator());

        RuleFor(c => c.SocialWorkerId).UserId();
        RuleFor(c => c.TeamManagerId).UserId();
        RuleFor(c => c.LegalAdviserId!).UserId().When(c => c.LegalAdviserId is not null);
    }
}
