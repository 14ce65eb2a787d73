using System.Text.RegularExpressions;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// Splits text into tokens. E-mails, URLs, phone numbers, postcodes, dates, times, money and numbers
/// are masked first, each as one token, so their dots and digits neither split sentences nor skew
/// syllable counts. Words keep internal apostrophes, hyphens and dots (don't, well-being, e.g, s.20); word lists are
/// split the same way.
/// </summary>
public static partial class Tokenizer
{
    /// <summary>Masked shapes in priority order; each runs only when its trigger is in the text (most paragraphs have
    /// none).</summary>
    private static readonly (TokenKind Kind, Regex Pattern, string Triggers, WrittenDate Written)[] Masks =
    [
        (TokenKind.Email, EmailPattern(), "@", WrittenDate.No),
        (TokenKind.Url, UrlPattern(), "/w", WrittenDate.No),
        (TokenKind.Date, DatePatterns.LongDate(), Digits, WrittenDate.DayFirst),
        (TokenKind.Date, DatePatterns.UsDate(), Digits, WrittenDate.MonthFirst),
        (TokenKind.Date, DatePatterns.NumericDate(), "/.-", WrittenDate.No),
        (TokenKind.Phone, PhonePattern(), Digits, WrittenDate.No),
        (TokenKind.Postcode, PostcodePattern(), Digits, WrittenDate.No),
        (TokenKind.Money, MoneyPattern(), "£", WrittenDate.No),
        (TokenKind.Time, DatePatterns.Time12(), "aApP", WrittenDate.No),
        (TokenKind.Time, DatePatterns.Time24(), ":.", WrittenDate.No),
        (TokenKind.Number, NumberPattern(), Digits, WrittenDate.No),
    ];

    private const string Digits = "0123456789";

    private enum WrittenDate
    {
        No,
        DayFirst,
        MonthFirst,
    }

    public static List<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>((text.Length / 5) + 1); // about one word in five characters: seldom regrown
        if (!MayHaveMasks(text))
        {
            AddWords(text, 0, text.Length, offset, tokens);
            return tokens;
        }

        var masked = new List<(int Start, int Length, TokenKind Kind)>();
        (bool DayFirst, bool MonthFirst)? written = null;
        foreach (var (kind, pattern, triggers, shape) in Masks)
        {
            if (text.AsSpan().IndexOfAny(triggers) < 0)
            {
                continue;
            }

            if (shape != WrittenDate.No)
            {
                written ??= WrittenDateGate.Of(text);
                if (shape == WrittenDate.DayFirst ? !written.Value.DayFirst : !written.Value.MonthFirst)
                {
                    continue;
                }
            }

            foreach (var m in pattern.EnumerateMatches(text))
            {
                var (index, length) = (m.Index, m.Length);
                if (length > 0 && !masked.Exists(x => x.Start < index + length && index < x.Start + x.Length))
                {
                    masked.Add((index, length, kind));
                }
            }
        }

        masked.Sort((a, b) => a.Start.CompareTo(b.Start));
        var gapStart = 0;
        foreach (var (start, length, kind) in masked)
        {
            AddWords(text, gapStart, start, offset, tokens);
            tokens.Add(new Token(kind, offset + start, length, text.Substring(start, length)));
            gapStart = start + length;
        }

        AddWords(text, gapStart, text.Length, offset, tokens);
        return tokens;
    }

    /// <summary>Every masked shape has a digit, an @ or a web address in it; most paragraphs have none.</summary>
    private static bool MayHaveMasks(string text) => text.AsSpan().IndexOfAny(MaskTriggers) >= 0;

    private static readonly System.Buffers.SearchValues<char> MaskTriggers = System.Buffers.SearchValues.Create(
        "0123456789@£/"
    );

    /// <summary>Letters and digits, joined by an apostrophe, hyphen or dot with a letter or digit on each side (a hand
    /// loop: this is the hot path).</summary>
    private static void AddWords(string text, int from, int to, int offset, List<Token> tokens)
    {
        var i = from;
        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (
                i < to
                && (
                    char.IsLetterOrDigit(text[i])
                    || (IsJoiner(text[i]) && i + 1 < to && char.IsLetterOrDigit(text[i + 1]) && i > start)
                )
            )
            {
                i++;
            }

            tokens.Add(
                new Token(TokenKind.Word, offset + start, i - start, TokenWord.Of(text.AsSpan(start, i - start)))
            );
        }
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.';

    /// <summary>The words of a phrase from a word list, tokenized the way letters are.</summary>
    public static string[] PhraseWords(string phrase, bool lowercase = true)
    {
        var words = new List<Token>();
        AddWords(phrase, 0, phrase.Length, 0, words);
        return [.. words.Select(w => lowercase ? w.Lower : w.Text.Replace('’', '\''))];
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]*[^\s<>"".,;:!?)]", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][A-Z]{2}\b")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"£\s?\d[\d,]*(?:\.\d{2})?")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)*(?:st|nd|rd|th)?\b")]
    private static partial Regex NumberPattern();
}
