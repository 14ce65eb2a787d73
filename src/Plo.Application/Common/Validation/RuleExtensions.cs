using FluentValidation;
using Plo.Domain.Cases;

namespace Plo.Application.Common.Validation;

public static class RuleExtensions
{
    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(FieldLengths.Name).CleanName();

    public static IRuleBuilderOptions<T, string> UserId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(FieldLengths.UserId).CleanName();

    /// <summary>One line of visible characters: nothing that could make two names look alike but differ.</summary>
    public static IRuleBuilderOptions<T, TText> CleanName<T, TText>(this IRuleBuilder<T, TText> rule)
        where TText : class? =>
        rule.Must(n => n is not string text || TextRules.IsCleanName(text))
            .WithMessage("'{PropertyName}' must be one line of visible characters.");

    /// <summary>The shape of a UK postcode (outward and inward codes), spaces optional.</summary>
    public static IRuleBuilderOptions<T, string> UkPostcode<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(FieldLengths.Postcode)
            .Matches(@"^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}\s*$")
            .WithMessage("Enter a UK postcode, like SW1A 1AA.");

    /// <summary>Optional; digits, spaces, +, brackets and hyphens only.</summary>
    public static IRuleBuilderOptions<T, string?> PhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(FieldLengths.Phone)
            .Matches(@"^[0-9 +()-]+$")
            .WithMessage("Phone numbers may contain digits, spaces, +, ( ) and - only.")
            .When((_, phone) => phone is not null);
}
