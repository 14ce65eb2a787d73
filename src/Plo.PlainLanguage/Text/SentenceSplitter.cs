using Plo.PlainLanguage.Reading;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// Splits a block into sentences at . ! or ? followed by white space or the end, unless the word
/// just before is a known abbreviation (Mr, Dr, e.g …). Masked tokens (dates, e-mails) never split.
/// Every list item and heading is its own unit.
/// </summary>
public sealed class SentenceSplitter(IEnumerable<string> abbreviations)
{
    private readonly HashSet<string> _abbreviations = new(abbreviations.Select(a => a.TrimEnd('.').ToLowerInvariant()));

    /// <summary>Adds the block's sentences (or its one fragment) to <paramref name="units"/>.</summary>
    public void Split(Block block, string text, List<Token> tokens, List<Sentence> units)
    {
        if (block.Kind == BlockKind.Heading || tokens.Count == 0)
        {
            return;
        }

        var endsWithStop =
            ".!?".Contains(text[block.End - 1], StringComparison.Ordinal)
            || (block.Length > 1 && ".!?".Contains(text[block.End - 2], StringComparison.Ordinal));
        if (block.Kind == BlockKind.ListItem && !endsWithStop)
        {
            units.Add(new Sentence(block.Start, block.Length, tokens, block, IsFragment: true));
            return;
        }

        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLast = i == tokens.Count - 1;
            if (isLast || EndsSentenceAfter(tokens[i], tokens[i + 1], text))
            {
                var start = tokens[first].Start;
                var end = isLast ? block.End : SentenceEnd(tokens[i], text);
                units.Add(
                    new Sentence(start, end - start, tokens.GetRange(first, i - first + 1), block, IsFragment: false)
                );
                first = i + 1;
            }
        }
    }

    private bool EndsSentenceAfter(Token token, Token next, string text)
    {
        var between = text.AsSpan(token.End, next.Start - token.End);
        var stop = between.IndexOfAny(".!?");
        if (stop < 0 || !between[(stop + 1)..].ContainsAny(" \n\t"))
        {
            return false;
        }

        // "Mr. Jones", "e.g. a nursery": the full stop belongs to the abbreviation.
        return !(stop == 0 && between[0] == '.' && token.IsWord && _abbreviations.Contains(token.Lower));
    }

    private static int SentenceEnd(Token token, string text)
    {
        var end = token.End;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }
}
