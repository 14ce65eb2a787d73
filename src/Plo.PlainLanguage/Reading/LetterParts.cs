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
            var text = blocks[i].Text.TrimStart();
            if (
                blocks[i].Kind != BlockKind.ListItem
                && starts.Any(s =>
                    text.StartsWith(s, StringComparison.OrdinalIgnoreCase)
                    && (text.Length == s.Length || !char.IsLetter(text[s.Length]))
                )
            )
            {
                return i;
            }
        }

        return -1;
    }
}
