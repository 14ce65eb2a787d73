using FluentValidation;

namespace Plo.Application.Common.Validation;

public static class DateRules
{
    /// <summary>Things that happened are entered afterwards: never a date after today (UK).</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(
        this IRuleBuilder<T, DateOnly> rule,
        TimeProvider clock
    ) => rule.Must(d => d <= clock.Today()).WithMessage("'{PropertyName}' cannot be in the future.");

    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(
        this IRuleBuilder<T, DateOnly?> rule,
        TimeProvider clock
    ) => rule.Must(d => d is null || d <= clock.Today()).WithMessage("'{PropertyName}' cannot be in the future.");

    public static IRuleBuilderOptions<T, string?> Narrative<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Domain.Common.Limits.Narrative);

    public static IRuleBuilderOptions<T, string?> ShortText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Domain.Common.Limits.ShortText);
}
