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
    private readonly (string Lower, int WordId, int Version) _word = Word(Text);

    /// <summary>The text in lower case, with straight apostrophes.</summary>
    public string Lower => _word.Lower;

    /// <summary>The word's id in the rules' word lists (<see cref="WordIds"/>): one lookup for all of them.</summary>
    internal int WordId => _word.Version == WordIds.Version ? _word.WordId : WordIds.Of(_word.Lower);

    public int End => Start + Length;
    public bool IsWord => Kind == TokenKind.Word;

    // Equal by what the token says and where; when its word was looked up is no part of it.
    public bool Equals(Token? other) =>
        other is not null
        && Kind == other.Kind
        && Start == other.Start
        && Length == other.Length
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, Start, Length, Text);

    private static (string, int, int) Word(string text)
    {
        var lower = text.Contains('’', StringComparison.Ordinal)
            ? text.ToLowerInvariant().Replace('’', '\'')
            : text.ToLowerInvariant();
        var version = WordIds.Version; // read first: a word added meanwhile makes the id look old, never new
        return (lower, WordIds.Of(lower), version);
    }
}
