using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>R03: the body's reading level (Flesch–Kincaid grade and Flesch Reading Ease). Blocks only long letters at
/// extreme values.</summary>
internal sealed class ReadingLevelRule(Thresholds limits) : IRule
{
    public string Id => "R03";
    public string Name => "reading-level";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var m = letter.Metrics;
        if (
            m.Words == 0
            || (m.FleschKincaidGrade <= limits.ReadingGradeWarning && m.FleschReadingEase >= limits.ReadingEaseWarning)
        )
        {
            return;
        }

        var error =
            m.Words >= limits.ReadingMinWordsForError
            && (m.FleschKincaidGrade > limits.ReadingGradeError || m.FleschReadingEase < limits.ReadingEaseError);
        findings.AddForBody(
            this,
            error ? Severity.Error : Severity.Warning,
            $"Reading age {m.ReadingAge:0.#} (grade {m.FleschKincaidGrade:0.#}, reading ease "
                + $"{m.FleschReadingEase:0.#}). "
                + $"Aim for a reading age of {limits.ReadingGradeWarning + 5:0} or less and reading ease of "
                + $"{limits.ReadingEaseWarning:0} or more.",
            "Use shorter sentences and everyday words."
        );
    }
}

/// <summary>R05: long words (4+ syllables or 13+ letters), and too many 3-syllable words overall.</summary>
internal sealed class LongWordsRule(RuleSet rules) : IRule
{
    private readonly HashSet<string> _allowed = new(rules.LongWordAllow, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _plain = rules
        .PlainWords.Concat(rules.Latin)
        .GroupBy(r => r.Term.ToLowerInvariant())
        .ToDictionary(g => g.Key, g => g.First().Suggestion);

    private const int MinLongWordLength = 6;

    public string Id => "R05";
    public string Name => "long-words";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        var limits = rules.Thresholds;
        var names = new HashSet<string>(
            letter.Meta.ChildNames.Concat(letter.Meta.RecipientNames).SelectMany(n => n.Split(' ')),
            StringComparer.OrdinalIgnoreCase
        );
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStarts = letter.Units.Select(u => u.Start).ToHashSet();
        foreach (var token in letter.BodyTokens)
        {
            if (token.Length < MinLongWordLength || !token.IsWord || SyllableCounter.IsAcronym(token.Text))
            {
                continue; // too short to have four syllables or thirteen letters, or not a word
            }

            var properNoun = char.IsUpper(token.Text[0]) && !sentenceStarts.Contains(token.Start);
            if (properNoun || _allowed.Contains(token.Lower) || names.Contains(token.Text) || !seen.Add(token.Lower))
            {
                continue;
            }

            var syllables = letter.SyllablesOf(token);
            if (syllables >= limits.LongWordSyllables || token.Letters >= limits.LongWordLetters)
            {
                findings.Add(
                    this,
                    Severity.Info,
                    token.Start,
                    token.Length,
                    $"\"{token.Text}\" is a long word ({syllables} syllables).",
                    _plain.GetValueOrDefault(token.Lower) ?? "Use a shorter word if there is one."
                );
            }
        }

        var m = letter.Metrics;
        if (m.Words > 0 && (double)m.PolysyllabicWords / m.Words > limits.PolysyllabicShareWarning)
        {
            findings.AddForBody(
                this,
                Severity.Warning,
                $"{100.0 * m.PolysyllabicWords / m.Words:0}% of words have 3 or more syllables. Aim for "
                    + $"{limits.PolysyllabicShareWarning * 100:0}% or fewer."
            );
        }
    }
}
