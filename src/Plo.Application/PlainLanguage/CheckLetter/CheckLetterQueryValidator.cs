using FluentValidation;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Validation;
using Plo.PlainLanguage;

namespace Plo.Application.PlainLanguage.CheckLetter;

public sealed class CheckLetterQueryValidator : PloValidator<CheckLetterQuery>
{
    public CheckLetterQueryValidator(IOptions<PlainLanguageOptions> options, PlainLanguageChecker checker)
    {
        var limit = options.Value.MaxInputKilobytes * 1024;
        RuleFor(q => q)
            .Must(q => string.IsNullOrWhiteSpace(q.Text) != string.IsNullOrWhiteSpace(q.Html))
            .OverridePropertyName("text")
            .WithMessage("Send the letter as \"text\" or as \"html\" (one of them, not empty).");
        RuleFor(q => q.Text)
            .Must(t => t is null || t.Length <= limit)
            .WithMessage($"The letter is longer than {options.Value.MaxInputKilobytes} KB.");
        RuleFor(q => q.Html)
            .Must(t => t is null || t.Length <= limit)
            .WithMessage($"The letter is longer than {options.Value.MaxInputKilobytes} KB.");
        RuleFor(q => q.Meta!.Kind)
            .Must(k => checker.Rules.Kinds.ContainsKey(k))
            .WithMessage($"Kind must be one of: {string.Join(", ", checker.Rules.Kinds.Keys)}.")
            .When(q => q.Meta is not null);
        RuleForEach(q => q.Meta!.ChildNames).NotEmpty().MaximumLength(100).When(q => q.Meta is not null);
        RuleForEach(q => q.Meta!.RecipientNames).NotEmpty().MaximumLength(100).When(q => q.Meta is not null);
    }
}
