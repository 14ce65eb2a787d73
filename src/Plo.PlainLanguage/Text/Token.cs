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
    // Worked out once, when the token is made: every rule reads them, most for every word.
    private readonly (string Lower, int FirstWordId) _word = Word(Text);

    /// <summary>The text in lower case, with straight apostrophes.</summary>
    public string Lower => _word.Lower;

    /// <summary>Which phrases may start here (<see cref="PhraseWordIds"/>): one lookup for all word lists.</summary>
    internal int FirstWordId => _word.FirstWordId;

    public int End => Start + Length;
    public bool IsWord => Kind == TokenKind.Word;

    private static (string, int) Word(string text)
    {
        var lower = text.Contains('’', StringComparison.Ordinal)
            ? text.ToLowerInvariant().Replace('’', '\'')
            : text.ToLowerInvariant();
        return (lower, PhraseWordIds.Of(lower));
    }
}
