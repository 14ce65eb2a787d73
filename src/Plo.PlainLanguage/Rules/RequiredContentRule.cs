using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Reading;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R14: the parts a letter of this kind must have (slots S1–S10). Each slot is found by its heading
/// first; without one, its cues are looked for in the whole body. A missing or failing required slot
/// is an error, a recommended one a warning, an optional one info.
/// </summary>
internal sealed class RequiredContentRule(RuleSet rules) : IRule
{
    private readonly Dictionary<string, SlotCues> _slots = rules.Slots.ToDictionary(
        s => s.Key,
        s => s.Value.Lowered(),
        StringComparer.Ordinal
    );

    public string Id => "R14";
    public string Name => "required-content";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var sections = SlotSections.Find(letter, _slots);
        var levels = letter
            .Kind.Required.Select(s => (s, Severity.Error))
            .Concat(letter.Kind.Recommended.Select(s => (s, Severity.Warning)))
            .Concat(letter.Kind.Optional.Select(s => (s, Severity.Info)));
        foreach (var (slot, severity) in levels)
        {
            if (!_slots.TryGetValue(slot, out var cues))
            {
                continue;
            }

            var scope = sections.TryGetValue(slot, out var found)
                ? new SlotScope(letter, found, true)
                : new SlotScope(letter, letter.Units, false);
            var missing = SlotValidators.Missing(slot, scope, cues);
            if (missing.Count > 0)
            {
                var where = scope.FromHeading
                    ? "Under its heading, the letter"
                    : "The letter (no heading found for it)";
                var heading = rules.Slots[slot].Headings.FirstOrDefault();
                findings.AddForBody(
                    this,
                    severity,
                    $"{where} does not yet cover \"{cues.Name}\": {string.Join("; ", missing)}.",
                    heading is null ? null : $"Add a section headed \"{Capitalise(heading)}\".",
                    slot
                );
            }
        }

        if (
            letter.Kind.Required.Contains("S8")
            && _slots.TryGetValue("S8", out var contact)
            && !contact.LawyerCues.Any(c => letter.LowerText.Contains(c, StringComparison.Ordinal))
        )
        {
            findings.AddForBody(
                this,
                Severity.Warning,
                "Give the council lawyer's contact details for your solicitor.",
                slot: "S8"
            );
        }
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

/// <summary>The units a slot's validator looks at: its section under a heading, or the whole body.</summary>
/// <remarks>Cues are lower case; they are matched within one sentence at a time.</remarks>
internal sealed record SlotScope(AnalysedLetter Letter, IReadOnlyList<Sentence> Units, bool FromHeading)
{
    public bool Contains(List<string> cues)
    {
        foreach (var unit in Units)
        {
            if (Letter.Contains(unit, cues))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<Sentence> UnitsWith(List<string> cues) => Units.Where(u => Letter.Contains(u, cues));

    public bool Has(TokenKind kind)
    {
        foreach (var unit in Units)
        {
            foreach (var token in unit.Tokens)
            {
                if (token.Kind == kind)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>Maps body headings to slots by the longest heading cue they contain.</summary>
internal static class SlotSections
{
    public static Dictionary<string, List<Sentence>> Find(AnalysedLetter letter, Dictionary<string, SlotCues> slots)
    {
        var sections = new Dictionary<string, List<Sentence>>(StringComparer.Ordinal);
        var units = letter.Units;
        var next = 0;
        string? current = null;
        foreach (var block in letter.BodyBlocks)
        {
            // Units come block by block, in the blocks' order: this block's are the run that starts here.
            var first = next;
            while (next < units.Count && ReferenceEquals(units[next].Block, block))
            {
                next++;
            }

            if (block.Kind == BlockKind.Heading)
            {
                current = BestSlot(block.Text, slots);
                if (current is not null && !sections.ContainsKey(current))
                {
                    sections[current] = [];
                }

                continue;
            }

            if (current is not null)
            {
                var section = sections[current];
                for (var i = first; i < next; i++)
                {
                    section.Add(units[i]);
                }
            }
        }

        return sections;
    }

    private static string? BestSlot(string heading, Dictionary<string, SlotCues> slots)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var (slot, cues) in slots)
        {
            foreach (var cue in cues.Headings)
            {
                if (cue.Length > bestLength && heading.Contains(cue, StringComparison.OrdinalIgnoreCase))
                {
                    (best, bestLength) = (slot, cue.Length);
                }
            }
        }

        return best;
    }
}
