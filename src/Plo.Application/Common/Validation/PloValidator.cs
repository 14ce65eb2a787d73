using FluentValidation;

namespace Plo.Application.Common.Validation;

/// <summary>Base for every validator: a rule stops at its first failure, so later checks never see a null.</summary>
public abstract class PloValidator<T> : AbstractValidator<T>
{
    protected PloValidator() => RuleLevelCascadeMode = CascadeMode.Stop;
}
