using System.Text.RegularExpressions;

namespace Plo.PlainLanguage.Reading;

/// <summary>
/// Reads a plain-text letter: blank lines separate paragraphs; lines starting "- ", "* " or "1. "
/// are list items; a short line without end punctuation followed by a blank line is a heading.
/// </summary>
public static partial class TextLetterReader
{
    private const int MaxHeadingLength = 80;

    public static LetterText Read(string raw)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var blocks = new List<Block>();
        var lines = Lines(text);
        var paragraph = new List<(int Start, int End)>();

        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace())
            {
                Flush(text, paragraph, blocks, nextIsBlank: true);
                continue;
            }

            if (ListMarkerLength(line) is { } markerLength)
            {
                Flush(text, paragraph, blocks, nextIsBlank: false);
                var itemStart = start + markerLength;
                // "2. What needs to change" standing alone is a numbered heading; numbered actions end in a full stop.
                var numberedHeading =
                    char.IsDigit(line.TrimStart()[0])
                    && IsHeadingLike(text[itemStart..end].TrimEnd())
                    && (i + 1 == lines.Count || text.AsSpan(lines[i + 1].Start..lines[i + 1].End).IsWhiteSpace());
                blocks.Add(Trimmed(text, numberedHeading ? BlockKind.Heading : BlockKind.ListItem, itemStart, end));
                continue;
            }

            paragraph.Add((start, end));
        }

        Flush(text, paragraph, blocks, nextIsBlank: true);
        return new LetterText(text, blocks);
    }

    private static void Flush(string text, List<(int Start, int End)> lines, List<Block> blocks, bool nextIsBlank)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var block = Trimmed(text, BlockKind.Paragraph, lines[0].Start, lines[^1].End);
        if (lines.Count == 1 && nextIsBlank && IsHeadingLike(block.Text))
        {
            block = block with { Kind = BlockKind.Heading };
        }

        blocks.Add(block);
        lines.Clear();
    }

    private static bool IsHeadingLike(string line) =>
        line.Length <= MaxHeadingLength && !".!?:;,".Contains(line[^1], StringComparison.Ordinal);

    private static Block Trimmed(string text, BlockKind kind, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Block(kind, start, end - start, text[start..end]);
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    private static int? ListMarkerLength(ReadOnlySpan<char> line)
    {
        foreach (var match in ListMarker().EnumerateMatches(line))
        {
            return match.Length;
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:[-*•]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();
}
