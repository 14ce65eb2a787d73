using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R12: write to "you" from "we". No "you" at all is an error; the reader named in the third person
/// ("the mother", "Ms Smith") and the council named as "the local authority" more than once are warnings.
/// </summary>
internal sealed class AddressRule(RuleSet rules) : IRule
{
    private static readonly WordSet You = new([
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "you're",
        "you'll",
        "you've",
        "you'd",
    ]);
    private static readonly HashSet<string> Possessives = ["your", "their", "my", "our", "his", "her"];
    private static readonly HashSet<string> Titles = ["Mr", "Mrs", "Ms", "Miss", "Mx"];

    /// <summary>"the family court", "a family meeting": the family as a thing, not the reader.</summary>
    private static readonly HashSet<string> NotPeopleAfter =
    [
        "court",
        "courts",
        "meeting",
        "meetings",
        "group",
        "home",
        "time",
        "support",
        "centre",
        "network",
    ];
    private readonly PhraseMatcher<bool> _thirdPerson = new(rules.Address.ThirdPerson.Select(p => (p, true)));
    private readonly PhraseMatcher<bool> _council = new(rules.Address.CouncilAsSubject.Select(p => (p, true)));

    public string Id => "R12";
    public string Name => "address-you-we";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var withYou = 0;
        foreach (var unit in letter.Units)
        {
            withYou += SpeaksToYou(unit) ? 1 : 0;
        }

        if (letter.Units.Count > 0 && withYou == 0)
        {
            findings.AddForBody(
                this,
                Severity.Error,
                "The letter never speaks to the reader as \"you\".",
                "Write to the parent as \"you\" and about the council as \"we\"."
            );
        }
        else if (letter.Sentences.Count > 0 && (double)withYou / letter.Units.Count < rules.Thresholds.YouShareInfo)
        {
            findings.AddForBody(
                this,
                Severity.Info,
                $"Only {withYou} of {letter.Units.Count} sentences speak to \"you\"."
            );
        }

        var surnames = letter
            .Meta.RecipientNames.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 0)
            .Select(p => p[^1])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var councilMentions = new List<(Token, Token)>();
        foreach (var tokens in letter.BlockTokens.Values)
        {
            foreach (var (index, count, _) in _thirdPerson.Matches(tokens))
            {
                var after = index + count < tokens.Count ? tokens[index + count].Lower : "";
                // "the Family Hub", "the Parents Forum": capitals inside the phrase make it a name, not the reader.
                var properName = tokens.Skip(index + 1).Take(count - 1).Any(t => t.IsWord && char.IsUpper(t.Text[0]));
                if (
                    (index == 0 || !Possessives.Contains(tokens[index - 1].Lower))
                    && !NotPeopleAfter.Contains(after)
                    && !properName
                )
                {
                    findings.Add(
                        this,
                        Severity.Warning,
                        tokens[index],
                        tokens[index + count - 1],
                        "This names the reader in the third person.",
                        "Write \"you\"."
                    );
                }
            }

            for (var i = 0; surnames.Count > 0 && i + 1 < tokens.Count; i++)
            {
                // Every title starts with an M: the sets are asked only about the words that do.
                if (
                    tokens[i].Text is ['M', ..]
                    && Titles.Contains(tokens[i].Text)
                    && surnames.Contains(tokens[i + 1].Text)
                )
                {
                    findings.Add(
                        this,
                        Severity.Warning,
                        tokens[i],
                        tokens[i + 1],
                        "This names the reader in the third person.",
                        "Write \"you\"."
                    );
                }
            }

            councilMentions.AddRange(
                _council.Matches(tokens).Select(m => (tokens[m.Index], tokens[m.Index + m.Count - 1]))
            );
        }

        if (councilMentions.Count > 1)
        {
            foreach (var (first, last) in councilMentions)
            {
                findings.Add(
                    this,
                    Severity.Warning,
                    first,
                    last,
                    "The council is named in the third person.",
                    "Write \"we\"."
                );
            }
        }
    }

    private static bool SpeaksToYou(Sentence unit)
    {
        foreach (var token in unit.Tokens)
        {
            if (You.Contains(token))
            {
                return true;
            }
        }

        return false;
    }
}
