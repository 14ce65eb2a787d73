using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R08: passives that hide who acts. A form of "be" or "get", up to two adverbs, then a past
/// participle (regular -ed/-en or irregular). Adjectives that look like participles ("worried",
/// "concerned") are not passives. Without a "by …" it is agentless; an agentless passive about a
/// council decision or action is a warning, any other passive is info.
/// </summary>
internal sealed class PassiveRule(RuleSet rules) : IRule
{
    private const int AgentWindow = 6;
    private readonly WordSet _be = new(rules.Passive.BeForms);
    private readonly HashSet<string> _adverbs = new(rules.Passive.Adverbs, StringComparer.Ordinal);
    private readonly HashSet<string> _exceptions = new(rules.Passive.Exceptions, StringComparer.Ordinal);
    private readonly HashSet<string> _notParticiples = new(rules.Passive.NotParticiples, StringComparer.Ordinal);
    private readonly HashSet<string> _irregular = new(rules.Passive.IrregularParticiples, StringComparer.Ordinal);
    private readonly HashSet<string> _councilActions = new(rules.Passive.CouncilActions, StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> _eventPhrases = new(rules.Passive.ExceptionPhrases.Select(p => (p, true)));
    private readonly HashSet<string> _councilSubjects = new(rules.Passive.CouncilSubjects, StringComparer.Ordinal);

    public string Id => "R08";
    public string Name => "passive";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var passiveSentences = 0;
        foreach (var sentence in letter.Units)
        {
            var found = false;
            var tokens = sentence.Tokens;
            HashSet<int>? events = null; // found only for a sentence with a passive shape in it
            for (var i = 0; i < tokens.Count; i++)
            {
                if (
                    !_be.Contains(tokens[i])
                    || Participle(tokens, i + 1) is not { } p
                    || (events ??= [.. _eventPhrases.Matches(tokens).Select(m => m.Index)]).Contains(p)
                )
                {
                    continue;
                }

                found = true;
                var agentless = !tokens.Skip(p + 1).Take(AgentWindow).Any(t => t.Lower == "by");
                var councilAct =
                    agentless
                    && (
                        _councilActions.Contains(tokens[p].Lower)
                        || tokens
                            .Skip(Math.Max(0, i - 3))
                            .Take(Math.Min(3, i))
                            .Any(t => _councilSubjects.Contains(t.Lower))
                    );
                findings.Add(
                    this,
                    councilAct ? Severity.Warning : Severity.Info,
                    tokens[i],
                    tokens[p],
                    councilAct ? "This passive hides who decided or who will act." : "This may be a passive.",
                    councilAct
                        ? "Say who does it: \"We have decided…\", \"We will ask…\"."
                        : "Consider the active voice: who does what."
                );
                i = p;
            }

            passiveSentences += found && !sentence.IsFragment ? 1 : 0;
        }

        var share = letter.Sentences.Count == 0 ? 0 : (double)passiveSentences / letter.Sentences.Count;
        if (share > rules.Thresholds.PassiveShareWarning)
        {
            // Past the second threshold the letter mostly hides who does what: that blocks it.
            findings.AddForBody(
                this,
                share > rules.Thresholds.PassiveShareError ? Severity.Error : Severity.Warning,
                $"{passiveSentences} of {letter.Sentences.Count} sentences use the passive. Aim for no more than "
                    + $"{rules.Thresholds.PassiveShareWarning * 100:0}%."
            );
        }
    }

    /// <summary>The index of the participle after up to two adverbs, or null.</summary>
    private int? Participle(List<Token> tokens, int from)
    {
        var i = from;
        for (var skipped = 0; i < tokens.Count && skipped < 2 && IsAdverb(tokens[i].Lower); skipped++)
        {
            i++;
        }

        if (i >= tokens.Count || !tokens[i].IsWord)
        {
            return null;
        }

        var word = tokens[i].Lower;
        var looksLike =
            _irregular.Contains(word)
            || (
                word.Length >= 4
                && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal))
                && !_notParticiples.Contains(word)
            );
        return looksLike && !_exceptions.Contains(word) ? i : null;
    }

    private bool IsAdverb(string word) =>
        _adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && word != "only");
}
