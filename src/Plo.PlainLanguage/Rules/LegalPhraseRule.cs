using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R09: Latin and legal language. A phrase marked blocking in the rule data ("prima facie", "section 31",
/// "threshold criteria") is an error unless the same sentence explains it after using it (brackets, a dash, or "this
/// means", "which means", "that is"); every other phrase of the list is a warning.
/// </summary>
internal sealed class LegalPhraseRule(RuleSet rules)
    : PhraseListRule("R09", "latin-legalese", rules.Latin, _ => Severity.Warning, "\"{0}\" is Latin or legal language.")
{
    private static readonly string[] Explainers = ["(", " – ", " - ", "which means", "meaning", "in other words"];

    private readonly string[] _explanations = [.. Explainers, .. rules.ExplanationStarts];

    protected override (Severity Severity, string Message, string Suggestion) Describe(
        AnalysedLetter letter,
        Replacement phrase,
        Token last,
        string words
    ) =>
        phrase.Blocking && !ExplainedAfter(letter, last)
            ? (
                Severity.Error,
                $"\"{words}\" is legal language a parent may not know, and this sentence does not explain it.",
                $"Say \"{phrase.Suggestion}\", or explain it in the same sentence."
            )
            : base.Describe(letter, phrase, last, words);

    /// <summary>Whether the rest of the phrase's sentence explains it.</summary>
    private bool ExplainedAfter(AnalysedLetter letter, Token last)
    {
        var end = letter.UnitAt(last.Start)?.End ?? last.End;
        var rest = letter.Slice(last.End, Math.Max(0, end - last.End));
        return _explanations.Any(e => rest.Contains(e, StringComparison.OrdinalIgnoreCase));
    }
}
