using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Reading;
using Plo.PlainLanguage.Rules;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage;

/// <summary>
/// Checks a letter against the plain-language rule set (R01–R22). Build one and share it: it is
/// immutable and thread-safe, and building it compiles the word lists once.
/// </summary>
public sealed class PlainLanguageChecker
{
    private readonly RuleSet _rules;
    private readonly SentenceSplitter _splitter;
    private readonly SyllableCounter _syllables;
    private readonly TimeProvider _clock;
    private readonly IReadOnlyList<IRule> _checks;

    /// <param name="rules">The rule set; the shipped defaults when null.</param>
    /// <param name="isWorkingDay">Working days for meeting notice; weekdays when null (the tracker passes its
    /// bank-holiday calendar).</param>
    /// <param name="clock">For the default letter date (today).</param>
    public PlainLanguageChecker(
        RuleSet? rules = null,
        Func<DateOnly, bool>? isWorkingDay = null,
        TimeProvider? clock = null
    )
    {
        _rules = rules ?? RuleSetLoader.Default();
        _splitter = new SentenceSplitter(_rules.Abbreviations);
        _syllables = SyllableCounter.Default;
        _clock = clock ?? TimeProvider.System;
        _checks = RuleCatalogue.Build(
            _rules,
            isWorkingDay ?? (d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        );
    }

    public RuleSet Rules => _rules;

    /// <summary>Checks a letter; the token is checked between stages, for a caller with a time budget.</summary>
    public CheckResult CheckText(string text, LetterMeta? meta = null, CancellationToken cancellationToken = default) =>
        Check(TextLetterReader.Read(text), meta, cancellationToken);

    /// <summary>Checks a letter; the token is checked between stages, for a caller with a time budget.</summary>
    public CheckResult CheckHtml(string html, LetterMeta? meta = null, CancellationToken cancellationToken = default) =>
        Check(HtmlLetterReader.Read(html), meta, cancellationToken);

    private CheckResult Check(LetterText text, LetterMeta? meta, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        meta ??= new LetterMeta();
        var letterDate = meta.LetterDate ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var letter = new AnalysedLetter(text, meta, letterDate, _rules, _splitter, _syllables);
        var findings = new FindingSink(letter);
        foreach (var rule in _checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rule.Check(letter, findings);
            findings.EndRule(rule);
        }

        var ordered = findings
            .Findings.OrderBy(f => f.Start)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(letter.Text, letter.Metrics, ordered);
    }
}
