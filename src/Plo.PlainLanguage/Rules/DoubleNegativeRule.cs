using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>R11: two negatives within four words of the same clause ("not unlikely", "cannot fail to").</summary>
internal sealed class DoubleNegativeRule(RuleSet rules) : IRule
{
    private const int Window = 4;
    private readonly PhraseMatcher<bool> _negators = new(rules.Negation.Negators.Select(n => (n, true)));
    private readonly WordSet _negativeWords = new(rules.Negation.NegativeWords);

    public string Id => "R11";
    public string Name => "double-negative";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var sentence in letter.Units)
        {
            var tokens = sentence.Tokens;
            List<(int Index, int End)>? negatives = null;
            foreach (var (index, count, _) in _negators.Matches(tokens))
            {
                (negatives ??= []).Add((index, index + count - 1));
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                if (IsNegativeWord(tokens[i]))
                {
                    (negatives ??= []).Add((i, i));
                }
            }

            if (negatives is not { Count: > 1 })
            {
                continue;
            }

            negatives.Sort();

            for (var k = 1; k < negatives.Count; k++)
            {
                var (first, firstEnd) = negatives[k - 1];
                var (second, secondEnd) = negatives[k];
                if (
                    second > firstEnd
                    && second - firstEnd <= Window
                    && SameClause(letter.Text, tokens[firstEnd], tokens[second])
                )
                {
                    findings.Add(
                        this,
                        Severity.Warning,
                        tokens[first],
                        tokens[secondEnd],
                        "Two negatives make this hard to follow.",
                        "Say it positively."
                    );
                    k++;
                }
            }
        }
    }

    private bool IsNegativeWord(Token token)
    {
        var lower = token.Lower;
        if (lower.EndsWith("n't", StringComparison.Ordinal) || _negativeWords.Contains(token))
        {
            return true;
        }

        foreach (var prefix in rules.Negation.NegativePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameClause(string text, Token a, Token b) =>
        text.AsSpan(a.End, b.Start - a.End).IndexOfAny(",;:") < 0;
}
