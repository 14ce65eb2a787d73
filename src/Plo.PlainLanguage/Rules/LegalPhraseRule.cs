using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R09: Latin and legal language. A phrase marked blocking in the rule data ("prima facie", "section 31",
/// "threshold criteria") is an error unless the same sentence explains it after using it (brackets, a dash, or "this
/// means", "which means", "that is"); every other phrase of the list is a warning.
/// </summary>
internal sealed class LegalPhraseRule(RuleSet rules) : IRule
{
    private static readonly string[] Explainers = ["(", " – ", " - ", "which means", "meaning", "in other words"];

    private readonly PhraseMatcher<Replacement> _matcher = new(rules.Latin.Select(p => (p.Term, p)));
    private readonly string[] _explanations = [.. Explainers, .. rules.ExplanationStarts];

    public string Id => "R09";
    public string Name => "latin-legalese";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var tokens in letter.BlockTokens.Values)
        {
            foreach (var (index, count, phrase) in _matcher.Matches(tokens))
            {
                var next = index + count < tokens.Count ? tokens[index + count].Lower : null;
                if (next is not null && phrase.NotBefore.Contains(next, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                var first = tokens[index];
                var last = tokens[index + count - 1];
                var words = letter.Slice(first.Start, last.End - first.Start);
                var blocking = phrase.Blocking && !ExplainedAfter(letter, last);
                findings.Add(
                    this,
                    blocking ? Severity.Error : Severity.Warning,
                    first,
                    last,
                    blocking
                        ? $"\"{words}\" is legal language a parent may not know, and this sentence does not explain it."
                        : $"\"{words}\" is Latin or legal language.",
                    blocking ? $"Say \"{phrase.Suggestion}\", or explain it in the same sentence." : phrase.Suggestion
                );
            }
        }
    }

    /// <summary>Whether the rest of the phrase's sentence explains it.</summary>
    private bool ExplainedAfter(AnalysedLetter letter, Token last)
    {
        var end = letter.UnitAt(last.Start)?.End ?? last.End;
        var rest = letter.Slice(last.End, Math.Max(0, end - last.End));
        return _explanations.Any(e => rest.Contains(e, StringComparison.OrdinalIgnoreCase));
    }
}
