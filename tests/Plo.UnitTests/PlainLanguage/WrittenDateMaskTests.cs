using System.Text.RegularExpressions;
using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>
/// The tokenizer looks for written dates only in paragraphs where a month's name has a day beside it. That shortcut
/// must never lose a date: every date the two patterns find over the whole text is still masked as one token.
/// </summary>
public class WrittenDateMaskTests
{
    private static readonly string[] Pieces =
    [
        "4",
        "14",
        "2026",
        "123",
        "4th",
        "21ST",
        "of",
        "OF",
        "the",
        "June",
        "june",
        "JUNE",
        "Sept",
        "Sep.",
        "Sep",
        "May",
        "may",
        "Mayday",
        "xMay",
        "December",
        "Tuesday",
        "tuesday,",
        "on",
        "we",
        "'26",
        ",",
        ".",
        "٤", // an Arabic-Indic digit: the patterns' \d matches it, with an ASCII digit elsewhere in the paragraph
    ];

    private static readonly string[] Spaces = [" ", "  ", "\u00A0", "\t", "", "\n"];

    [Theory]
    [InlineData("We will meet on Tuesday 4 June 2026 at 10am.")]
    [InlineData("Come on the 4th of June, or June 4th.")]
    [InlineData("See you Sep. 14, 2026 or 3 Sept '26.")]
    [InlineData("In May 2026 you may call 01632 960100.")]
    [InlineData("xMay 4 and 4\u00A0of\tJUNE")]
    public void Every_written_date_in_a_sentence_is_one_token(string text) => AssertDatesMasked(text);

    [Fact]
    public void Every_written_date_in_generated_text_is_one_token()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(
                Enumerable
                    .Range(0, random.Next(2, 9))
                    .Select(_ => Pieces[random.Next(Pieces.Length)] + Spaces[random.Next(Spaces.Length)])
            );
            AssertDatesMasked(text);
        }
    }

    /// <summary>The dates the patterns find, the British order first and then the US order where it does not overlap
    /// (the tokenizer's priority), each found as a date token with the same span.</summary>
    private static void AssertDatesMasked(string text)
    {
        var expected = new List<(int Start, int Length)>();
        // As before the shortcut, a paragraph is searched for dates only when it has an ASCII digit.
        var patterns = text.Any(char.IsAsciiDigit)
            ? [DatePatterns.LongDate(), DatePatterns.UsDate()]
            : Array.Empty<Regex>();
        foreach (var pattern in patterns)
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                var (index, length) = (m.Index, m.Length);
                if (length > 0 && !expected.Exists(x => x.Start < index + length && index < x.Start + x.Length))
                {
                    expected.Add((index, length));
                }
            }
        }

        var dates = Tokenizer
            .Tokenize(text)
            .Where(t => t.Kind == TokenKind.Date)
            .Select(t => (t.Start, t.Length))
            .ToHashSet();
        foreach (var date in expected)
        {
            Assert.True(dates.Contains(date), $"\"{text}\": the date at {date.Start} ({date.Length}) was not masked.");
        }
    }
}
