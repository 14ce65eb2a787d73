using Plo.PlainLanguage.Config;

namespace Plo.PlainLanguage.Reading;

/// <summary>
/// Marks each block as address (everything before "Dear …"), salutation, body, or sign-off
/// ("Yours sincerely" and everything after it: signature, enclosures, solicitor lists).
/// </summary>
public static class LetterParts
{
    public static IReadOnlyList<Block> Assign(IReadOnlyList<Block> blocks, SectionCues cues)
    {
        var salutation = IndexOf(blocks, 0, cues.Salutations);
        var bodyStart = salutation < 0 ? 0 : salutation + 1;
        var signOff = IndexOf(blocks, bodyStart, cues.SignOffs);

        return
        [
            .. blocks.Select(
                (b, i) =>
                    b with
                    {
                        Part =
                            i == salutation ? LetterPart.Salutation
                            : i < bodyStart ? LetterPart.Address
                            : signOff >= 0 && i >= signOff ? LetterPart.SignOff
                            : LetterPart.Body,
                    }
            ),
        ];
    }

    private static int IndexOf(IReadOnlyList<Block> blocks, int from, List<string> starts)
    {
        for (var i = from; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.ListItem && StartsWithAny(blocks[i].Text.AsSpan().TrimStart(), starts))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the text starts with one of the words ("Dear", "Yours sincerely"), as a whole word.</summary>
    private static bool StartsWithAny(ReadOnlySpan<char> text, List<string> starts)
    {
        foreach (var start in starts)
        {
            if (
                text.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && (text.Length == start.Length || !char.IsLetter(text[start.Length]))
            )
            {
                return true;
            }
        }

        return false;
    }
}
