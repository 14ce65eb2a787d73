using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// A rule that flags every phrase of a word list with its plain replacement: R09 Latin and legalese,
/// R16 blaming words, R18 formal words (warning for the GOV.UK words-to-avoid list, info otherwise).
/// </summary>
internal class PhraseListRule(
    string id,
    string name,
    IEnumerable<Replacement> phrases,
    Func<Replacement, Severity> severity,
    string message
) : IRule
{
    private readonly PhraseMatcher<Replacement> _matcher = new(phrases.Select(p => (p.Term, p)));

    public string Id => id;
    public string Name => name;

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
                var (level, text, suggestion) = Describe(
                    letter,
                    phrase,
                    last,
                    letter.Slice(first.Start, last.End - first.Start)
                );
                findings.Add(this, level, first, last, text, suggestion);
            }
        }
    }

    /// <summary>The finding for one use of a phrase: by default the list's severity, message and suggestion.
    /// </summary>
    protected virtual (Severity Severity, string Message, string Suggestion) Describe(
        AnalysedLetter letter,
        Replacement phrase,
        Token last,
        string words
    ) =>
        (
            severity(phrase),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, message, words),
            phrase.Suggestion
        );
}
