using FluentValidation;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Common.Validation;

/// <summary>Base for validators of case commands: every change names its case and the version it was made
/// against.</summary>
public abstract class CaseCommandValidator<T> : PloValidator<T>
    where T : ICaseCommand
{
    protected CaseCommandValidator()
    {
        RuleFor(c => c.CaseId).NotEmpty();
        RuleFor(c => c.Version).GreaterThan(0).WithMessage("Send the case version you last read.");
    }
}
