using System.Text.RegularExpressions;
using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R07: acronyms not spelt out at first use ("Words (ABC)" or "ABC (words)"). An undefined
/// children's social care acronym is an error; any other a warning; one defined but used once is info.
/// Section references (s.20, S47) count as acronyms. Postcodes and other masked tokens never do.
/// </summary>
internal sealed partial class AcronymRule(RuleSet rules) : IRule
{
    private readonly HashSet<string> _allowed = new(rules.Acronyms.Allow, StringComparer.Ordinal);
    private readonly HashSet<string> _socialCare = new(
        rules.Acronyms.ChildrensSocialCare,
        StringComparer.OrdinalIgnoreCase
    );

    public string Id => "R07";
    public string Name => "acronym";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var uses = new Dictionary<string, List<Token>>(StringComparer.Ordinal);
        foreach (var block in letter.BodyBlocks)
        {
            if (!HasLowerCase(block.Text))
            {
                continue;
            }

            foreach (var token in letter.BlockTokens[block])
            {
                if (!token.IsWord || !IsCandidate(token.Text))
                {
                    continue;
                }

                var key = Key(token.Text);
                if (!uses.TryGetValue(key, out var list))
                {
                    uses[key] = list = [];
                }

                list.Add(token);
            }
        }

        foreach (var (acronym, tokens) in uses)
        {
            var first = tokens[0];
            if (IsDefinedAt(letter.Text, first))
            {
                if (tokens.Count == 1)
                {
                    findings.Add(
                        this,
                        Severity.Info,
                        first,
                        first,
                        $"\"{acronym}\" is used only once.",
                        "Write the words out instead."
                    );
                }

                continue;
            }

            var socialCare = _socialCare.Contains(acronym) || SectionReference().IsMatch(acronym);
            findings.Add(
                this,
                socialCare ? Severity.Error : Severity.Warning,
                first,
                first,
                $"\"{first.Text}\" is not spelt out. Write the words in full the first time, with the letters in "
                    + $"brackets, or do not use it."
            );
        }
    }

    private bool IsCandidate(string word) =>
        (SyllableCounter.IsAcronym(word) && !_allowed.Contains(Key(word))) || IsSectionReference(word);

    private static string Key(string word) =>
        word.Length > 2 && word[^1] == 's' && !IsSectionReference(word) ? word[..^1] : word;

    // A block in capitals only is not checked: every word of it would look like an acronym.
    private static bool HasLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // Asked of every word: the pattern runs only on the few words of its length that start with an s.
    private static bool IsSectionReference(string word) =>
        word.Length is >= 2 and <= 5 && (word[0] is 's' or 'S') && SectionReference().IsMatch(word);

    /// <summary>"Family group conference (FGC)" or "FGC (family group conference)".</summary>
    private static bool IsDefinedAt(string text, Token token)
    {
        var before =
            token.Start > 0 && text[token.Start - 1] == '(' && token.End < text.Length && text[token.End] == ')';
        var after = text.AsSpan(token.End).TrimStart(' ').StartsWith("(");
        return before || after;
    }

    [GeneratedRegex(@"^[sS]\.?\d{1,3}$")]
    private static partial Regex SectionReference();
}
