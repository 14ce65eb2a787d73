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
    public string Id => "R14";
    public string Name => "required-content";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var sections = SlotSections.Find(letter, rules.Slots);
        var levels = letter.Kind.Required.Select(s => (s, Severity.Error))
            .Concat(letter.Kind.Recommended.Select(s => (s, Severity.Warning)))
            .Concat(letter.Kind.Optional.Select(s => (s, Severity.Info)));
        foreach (var (slot, severity) in levels)
        {
            if (!rules.Slots.TryGetValue(slot, out var cues))
            {
                continue;
            }

            var scope = sections.TryGetValue(slot, out var found) ? new SlotScope(letter, found, true) : new SlotScope(letter, [.. letter.Units], false);
            var missing = SlotValidators.Missing(slot, scope, cues);
            if (missing.Count > 0)
            {
                var where = scope.FromHeading ? "Under its heading, the letter" : "The letter (no heading found for it)";
                findings.AddForBody(this, severity, $"{where} does not yet cover \"{cues.Name}\": {string.Join("; ", missing)}.",
                    cues.Headings.Count > 0 ? $"Add a section headed \"{Capitalise(cues.Headings[0])}\"." : null, slot);
            }
        }

        if (letter.Kind.Required.Contains("S8") && rules.Slots.TryGetValue("S8", out var contact)
            && !contact.LawyerCues.Any(c => letter.Text.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            findings.AddForBody(this, Severity.Warning, "Give the council lawyer's contact details for your solicitor.", slot: "S8");
        }
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

/// <summary>The units a slot's validator looks at: its section under a heading, or the whole body.</summary>
internal sealed record SlotScope(AnalysedLetter Letter, IReadOnlyList<Sentence> Units, bool FromHeading)
{
    public string Text { get; } = string.Join(" ", Units.Select(u => Letter.Slice(u.Start, u.Length)));

    public bool Contains(IEnumerable<string> cues) => cues.Any(c => Text.Contains(c, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Sentence> UnitsWith(IEnumerable<string> cues) =>
        Units.Where(u => cues.Any(c => Letter.Slice(u.Start, u.Length).Contains(c, StringComparison.OrdinalIgnoreCase)));

    public bool Has(TokenKind kind) => Units.SelectMany(u => u.Tokens).Any(t => t.Kind == kind);
}

/// <summary>Maps body headings to slots by the longest heading cue they contain.</summary>
internal static class SlotSections
{
    public static Dictionary<string, List<Sentence>> Find(AnalysedLetter letter, Dictionary<string, SlotCues> slots)
    {
        var sections = new Dictionary<string, List<Sentence>>(StringComparer.Ordinal);
        string? current = null;
        foreach (var block in letter.BodyBlocks)
        {
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
                sections[current].AddRange(letter.Units.Where(u => ReferenceEquals(u.Block, block)));
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
            foreach (var cue in cues.Headings.Where(h => h.Length > bestLength && heading.Contains(h, StringComparison.OrdinalIgnoreCase)))
            {
                (best, bestLength) = (slot, cue.Length);
            }
        }

        return best;
    }
}
