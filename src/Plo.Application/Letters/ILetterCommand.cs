using FluentValidation;
using Plo.Application.Common.Validation;

namespace Plo.Application.Letters;

/// <summary>A change to a letter, made against the version the user last saw.</summary>
public interface ILetterCommand
{
    Guid LetterId { get; }
    int Version { get; }
}

public abstract class LetterCommandValidator<T> : PloValidator<T>
    where T : ILetterCommand
{
    protected LetterCommandValidator()
    {
        RuleFor(c => c.LetterId).NotEmpty();
        RuleFor(c => c.Version).GreaterThan(0).WithMessage("Send the letter version you last read.");
    }
}
