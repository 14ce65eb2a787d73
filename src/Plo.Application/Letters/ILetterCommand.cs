using FluentValidation;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Validation;

namespace Plo.Application.Letters;

/// <summary>A change to a letter, made against the version the user last saw.</summary>
public interface ILetterCommand : ILetterMessage
{
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
