namespace Plo.PlainLanguage.Text;

public enum TokenKind
{
    Word,
    Number,
    Date,
    Time,
    Money,
    Email,
    Url,
    Phone,
    Postcode,
}

/// <summary>A word, or a masked span (date, time, e-mail…) that counts as one word.</summary>
public sealed record Token(TokenKind Kind, int Start, int Length, string Text)
{
    public string Lower { get; } =
        Text.Contains('’', StringComparison.Ordinal)
            ? Text.ToLowerInvariant().Replace('’', '\'')
            : Text.ToLowerInvariant();
    public int End => Start + Length;
    public bool IsWord => Kind == TokenKind.Word;
}
