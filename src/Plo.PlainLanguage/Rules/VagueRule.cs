using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R17: vague demands and qualifiers. A vague word in something we ask the parent to do, with no
/// date or number to pin it down, is a warning; other vague words are info. A vague deadline ("as soon as
/// possible", "shortly") in something we ask the parent to do is an error (they cannot know when they have
/// failed it), and a warning elsewhere.
/// </summary>
internal sealed class VagueRule(RuleSet rules) : IRule
{
    private readonly PhraseMatcher<bool> _vague = new(
        rules.Vague.Terms.Concat(rules.Vague.Weasel).Select(t => (t, true))
    );
    private readonly PhraseMatcher<bool> _except = new(rules.Vague.ExceptIn.Select(t => (t, true)));
    private readonly PhraseMatcher<bool> _deadlines = new(rules.Vague.Deadlines.Select(t => (t, true)));
    private readonly List<string> _expectationCues = [.. rules.Vague.ExpectationCues.Select(c => c.ToLowerInvariant())];

    public string Id => "R17";
    public string Name => "vague";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var (deadlines, vague) = (new List<(int, int, bool)>(), new List<(int, int, bool)>());
        foreach (var unit in letter.Units)
        {
            var tokens = unit.Tokens;
            deadlines.Clear();
            vague.Clear();
            _deadlines.AddMatches(tokens, deadlines);
            _vague.AddMatches(tokens, vague);
            if (deadlines.Count == 0 && vague.Count == 0)
            {
                continue; // most sentences: nothing to weigh, so the exceptions and cues are not looked for
            }

            var excluded = _except.Matches(tokens).SelectMany(m => Enumerable.Range(m.Index, m.Count)).ToHashSet();
            var expectation = letter.Contains(unit, _expectationCues);
            var pinned = tokens.Any(t => t.Kind is TokenKind.Date or TokenKind.Number or TokenKind.Time);
            foreach (var (index, count, _) in deadlines)
            {
                findings.Add(
                    this,
                    expectation ? Severity.Error : Severity.Warning,
                    tokens[index],
                    tokens[index + count - 1],
                    expectation
                        ? "This asks the parent to do something with no real deadline."
                        : "This is not a real date: nobody can tell when it is.",
                    "Give the date (and time, if it matters)."
                );
            }

            foreach (var (index, count, _) in vague)
            {
                if (excluded.Contains(index))
                {
                    continue;
                }

                var demand = expectation && !pinned;
                findings.Add(
                    this,
                    demand ? Severity.Warning : Severity.Info,
                    tokens[index],
                    tokens[index + count - 1],
                    demand ? "This asks for something vague, with no date or number." : "This word is vague.",
                    demand ? "Say exactly what, how often and by when." : "Say exactly what you mean."
                );
            }
        }
    }
}
