using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>R10: verbs turned into nouns after a light verb ("carry out an assessment" → "assess").</summary>
internal sealed class NominalisationRule(RuleSet rules) : IRule
{
    private static readonly HashSet<string> Articles = ["a", "an", "the", "our", "your", "this", "that", "some"];
    private readonly PhraseMatcher<bool> _lightVerbs = new(rules.Nominalisation.LightVerbs.Select(v => (v, true)));
    private readonly HashSet<string> _notNominal = new(rules.Nominalisation.NotNominal, StringComparer.Ordinal);

    public string Id => "R10";
    public string Name => "nominalisation";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var found = 0;
        foreach (var tokens in letter.BlockTokens.Values)
        {
            foreach (var (index, count, _) in _lightVerbs.Matches(tokens))
            {
                var noun = index + count;
                if (noun < tokens.Count && Articles.Contains(tokens[noun].Lower))
                {
                    noun++;
                }

                if (noun < tokens.Count && tokens[noun].IsWord && Nominal(tokens[noun].Lower) is { } suggestion)
                {
                    found++;
                    findings.Add(
                        this,
                        Severity.Info,
                        tokens[index],
                        tokens[noun],
                        "A verb hides in this noun.",
                        suggestion
                    );
                }
            }
        }

        var words = letter.BodyTokens.Count;
        if (words > 0 && found * 100.0 / words > rules.Thresholds.NominalisationsPer100Warning)
        {
            findings.AddForBody(
                this,
                Severity.Warning,
                $"{found} verbs turned into nouns in {words} words. Use the verbs."
            );
        }
    }

    private string? Nominal(string word)
    {
        if (rules.Nominalisation.Nouns.TryGetValue(word, out var verb))
        {
            return $"Use the verb: {verb}.";
        }

        return
            word.Length >= 6
            && !_notNominal.Contains(word)
            && rules.Nominalisation.Suffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal))
            ? "Use the verb this noun comes from."
            : null;
    }
}
