using System.Text.RegularExpressions;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// Splits text into tokens. E-mails, URLs, phone numbers, postcodes, dates, times, money and numbers
/// are masked first, each as one token, so their dots and digits neither split sentences nor skew
/// syllable counts. Words keep internal apostrophes, hyphens and dots (don't, well-being, e.g, s.20).
/// </summary>
public static partial class Tokenizer
{
    private static readonly (TokenKind Kind, Regex Pattern)[] Masks =
    [
        (TokenKind.Email, Email()),
        (TokenKind.Url, Url()),
        (TokenKind.Date, DatePatterns.LongDate()),
        (TokenKind.Date, DatePatterns.UsDate()),
        (TokenKind.Date, DatePatterns.NumericDate()),
        (TokenKind.Phone, Phone()),
        (TokenKind.Postcode, Postcode()),
        (TokenKind.Money, Money()),
        (TokenKind.Time, DatePatterns.Time12()),
        (TokenKind.Time, DatePatterns.Time24()),
        (TokenKind.Number, Number()),
    ];

    public static List<Token> Tokenize(string text, int offset = 0)
    {
        var masked = new List<Token>();
        var taken = new bool[text.Length];
        foreach (var (kind, pattern) in Masks)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (m.Length == 0 || Overlaps(taken, m.Index, m.Length))
                {
                    continue;
                }

                Array.Fill(taken, true, m.Index, m.Length);
                masked.Add(new Token(kind, offset + m.Index, m.Length, m.Value));
            }
        }

        var tokens = new List<Token>(masked);
        foreach (Match m in Word().Matches(text))
        {
            if (!Overlaps(taken, m.Index, m.Length))
            {
                tokens.Add(new Token(TokenKind.Word, offset + m.Index, m.Length, m.Value));
            }
        }

        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return tokens;
    }

    /// <summary>The words of a phrase from a word list, tokenized the way letters are.</summary>
    public static string[] PhraseWords(string phrase, bool lowercase = true) =>
        [.. Word().Matches(phrase).Select(m => (lowercase ? m.Value.ToLowerInvariant() : m.Value).Replace('’', '\''))];

    private static bool Overlaps(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]*[^\s<>"".,;:!?)]", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][A-Z]{2}\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"£\s?\d[\d,]*(?:\.\d{2})?")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)*(?:st|nd|rd|th)?\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
