using FluentValidation;
using Plo.Application.Common.Validation;

namespace Plo.Application.Cases.OpenCase;

public sealed class ChildInputValidator : PloValidator<ChildInput>
{
    /// <summary>A pregnancy lasts at most about 42 weeks, so a due date further ahead is a typing error.</summary>
    private const int MaxWeeksToDueDate = 42;

    public ChildInputValidator(TimeProvider clock)
    {
        RuleFor(c => c.FirstName).PersonName();
        RuleFor(c => c.LastName).PersonName();

        RuleFor(c => c)
            .Must(c => c.DateOfBirth is null != c.ExpectedDueDate is null)
            .WithName("dateOfBirth")
            .OverridePropertyName("dateOfBirth")
            .WithMessage("Give a date of birth or, for an unborn child, an expected due date (not both).");

        RuleFor(c => c.DateOfBirth!.Value)
            .ChildsDateOfBirth(clock)
            .OverridePropertyName(nameof(ChildInput.DateOfBirth))
            .When(c => c.DateOfBirth is not null);

        RuleFor(c => c.ExpectedDueDate!.Value)
            .Must(d => d <= clock.Today().AddDays(MaxWeeksToDueDate * 7))
            .WithMessage($"The expected due date must be within {MaxWeeksToDueDate} weeks.")
            .OverridePropertyName(nameof(ChildInput.ExpectedDueDate))
            .When(c => c.ExpectedDueDate is not null);
    }
}

public static class ChildRules
{
    /// <summary>Pre-proceedings concern children: nobody born more than 18 years ago.</summary>
    public const int MaxAgeYears = 18;

    /// <summary>A date of birth, when the case is opened or corrected: not in the future, and a child's.</summary>
    public static IRuleBuilderOptions<T, DateOnly> ChildsDateOfBirth<T>(
        this IRuleBuilder<T, DateOnly> rule,
        TimeProvider clock
    ) =>
        rule.Must(d => d <= clock.Today())
            .WithMessage("Date of birth cannot be in the future.")
            .Must(d => d > clock.Today().AddYears(-MaxAgeYears))
            .WithMessage($"The child must be under {MaxAgeYears}.");
}
