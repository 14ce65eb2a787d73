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
public sealed record Token
{
    // Worked out once, when the token is made (shared by every token of the same spelling): every rule reads it, most
    // for every word.
    private readonly TokenWord _word;

    public Token(TokenKind kind, int start, int length, string text)
        : this(kind, start, length, TokenWord.For(text)) { }

    internal Token(TokenKind kind, int start, int length, TokenWord word)
    {
        Kind = kind;
        Start = start;
        Length = length;
        _word = word;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int Length { get; }
    public string Text => _word.Text;

    /// <summary>The text in lower case, with straight apostrophes.</summary>
    public string Lower => _word.Lower;

    /// <summary>The word's id in the rules' word lists (<see cref="WordIds"/>): one lookup for all of them.</summary>
    internal int WordId => _word.Version == WordIds.Version ? _word.WordId : WordIds.Of(_word.Lower);

    /// <summary>Letters in the text.</summary>
    internal int Letters => _word.Letters;

    /// <summary>Letters and digits in the text.</summary>
    internal int LettersOrDigits => _word.LettersOrDigits;

    /// <summary>Syllables by the shared counter, counted once per spelling.</summary>
    internal int SharedSyllables => _word.Syllables;

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
}
