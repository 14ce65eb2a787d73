using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R13: name the child. No child's name in the body is an error; "the child" or "the baby" when the
/// names are known is a warning. In a letter about an unborn baby, "your baby" names the child.
/// </summary>
internal sealed class ChildNameRule(RuleSet rules) : IRule
{
    private readonly PhraseMatcher<bool> _generic = new(rules.Child.Generic.Select(g => (g, true)));
    private readonly PhraseMatcher<bool> _unbornNaming = new(rules.Child.UnbornNaming.Select(g => (g, true)));

    public string Id => "R13";
    public string Name => "names-child";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var names = letter
            .Meta.ChildNames.SelectMany(n => Tokenizer.PhraseWords(n, lowercase: false).Take(1))
            .ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0 && !letter.IsUnborn)
        {
            return;
        }

        var named =
            // As written: a child called Will or Hope is not named by "we will" or "we hope".
            letter.BodyTokens.Any(t => names.Contains(t.Text))
            || (letter.IsUnborn && letter.BlockTokens.Values.Any(tokens => _unbornNaming.Matches(tokens).Any()));
        if (!named)
        {
            findings.AddForBody(
                this,
                Severity.Error,
                letter.IsUnborn
                    ? "The letter does not name the baby or say \"your baby\"."
                    : "The letter does not name the child.",
                names.Count > 0 ? $"Use the name: {string.Join(", ", letter.Meta.ChildNames)}." : "Say \"your baby\"."
            );
        }

        foreach (var tokens in letter.BlockTokens.Values)
        {
            foreach (var (index, count, _) in _generic.Matches(tokens))
            {
                if (index + count < tokens.Count && tokens[index + count].Text == "Act")
                {
                    continue; // the Children Act
                }

                findings.Add(
                    this,
                    Severity.Warning,
                    tokens[index],
                    tokens[index + count - 1],
                    "Use the child's name, not a label.",
                    letter.IsUnborn
                        ? "Say \"your baby\"."
                        : $"Use the name: {string.Join(", ", letter.Meta.ChildNames)}."
                );
            }
        }
    }
}
