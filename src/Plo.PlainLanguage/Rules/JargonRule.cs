using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Reading;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R06: children's social care and legal jargon. "Avoid" terms are a warning with the plain wording.
/// "Explain" terms must be explained at first use, else an error: a bracket straight after the term,
/// a next sentence starting "This means"/"That is", or an entry under a "What words mean" heading. A social care
/// acronym standing alone ("ICPC") is R07's, and a blocking legal phrase ("section 20") R09's: one defect, one error.
/// </summary>
internal sealed class JargonRule(RuleSet rules) : IRule
{
    private readonly PhraseMatcher<GlossaryEntry> _matcher = new(
        rules.Glossary.SelectMany(e => e.Terms.Select(t => (t, e)))
    );

    private readonly HashSet<string> _acronyms = new(
        rules.Acronyms.ChildrensSocialCare,
        StringComparer.OrdinalIgnoreCase
    );

    private readonly HashSet<string> _legal = new(
        rules.Latin.Where(l => l.Blocking).Select(l => l.Term),
        StringComparer.OrdinalIgnoreCase
    );

    public string Id => "R06";
    public string Name => "jargon";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var explained = new HashSet<GlossaryEntry>(ReferenceEqualityComparer.Instance);
        var glossaryBlocks = GlossaryBlocks(letter);
        foreach (var block in letter.BodyBlocks)
        {
            var tokens = letter.BlockTokens[block];
            var inGlossary = glossaryBlocks.Contains(block);
            foreach (var (index, count, entry) in _matcher.Matches(tokens))
            {
                var first = tokens[index];
                var last = tokens[index + count - 1];
                if (
                    inGlossary
                    || (count == 1 && _acronyms.Contains(first.Text) && SyllableCounter.IsAcronym(first.Text))
                    || (
                        entry.OnlyWith.Count > 0
                        && !entry.OnlyWith.Any(p => block.Text.Contains(p, StringComparison.OrdinalIgnoreCase))
                    )
                )
                {
                    continue;
                }

                var term = letter.Slice(first.Start, last.End - first.Start);
                if (_legal.Contains(term))
                {
                    continue;
                }

                if (entry.Status == "avoid")
                {
                    findings.Add(
                        this,
                        Severity.Warning,
                        first,
                        last,
                        $"\"{term}\" is jargon a parent may not know.",
                        entry.Suggestion
                    );
                }
                else if (explained.Add(entry) && !IsExplained(letter, last, entry, glossaryBlocks))
                {
                    findings.Add(
                        this,
                        Severity.Error,
                        first,
                        last,
                        $"Explain \"{term}\" the first time you use it, in brackets or in a sentence starting \"This "
                            + $"means\".",
                        entry.Suggestion
                    );
                }
            }
        }
    }

    private bool IsExplained(AnalysedLetter letter, Token last, GlossaryEntry entry, HashSet<Block> glossaryBlocks)
    {
        var after = letter.Text.AsSpan(last.End).TrimStart(' ');
        if (
            after.StartsWith("(")
            || after.StartsWith(": ")
            || after.StartsWith("– ")
            || after.StartsWith(", which means", StringComparison.OrdinalIgnoreCase)
        )
        {
            return true;
        }

        var unit = letter.UnitAt(last.Start);
        var next = unit is null
            ? null
            : letter.Units.SkipWhile(u => !ReferenceEquals(u, unit)).Skip(1).FirstOrDefault();
        if (
            next is not null
            && rules.ExplanationStarts.Any(s =>
                letter.Slice(next.Start, next.Length).StartsWith(s, StringComparison.OrdinalIgnoreCase)
            )
        )
        {
            return true;
        }

        return glossaryBlocks.Any(b => entry.Terms.Any(t => b.Text.Contains(t, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The blocks under a "What words mean" heading.</summary>
    private HashSet<Block> GlossaryBlocks(AnalysedLetter letter)
    {
        var blocks = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var inside = false;
        foreach (var block in letter.BodyBlocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                inside = rules.ExplanationHeadings.Any(h => block.Text.Contains(h, StringComparison.OrdinalIgnoreCase));
            }
            else if (inside)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }
}
