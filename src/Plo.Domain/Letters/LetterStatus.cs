namespace Plo.Domain.Letters;

public enum LetterStatus
{
    Draft,
    Approved,
    Issued,
}
