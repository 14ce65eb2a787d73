namespace Plo.Application.Common.Abstractions;

/// <summary>A message about one letter; the access decision is made on the letter's case.</summary>
public interface ILetterMessage
{
    Guid LetterId { get; }
}
