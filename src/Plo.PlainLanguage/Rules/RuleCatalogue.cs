using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;

namespace Plo.PlainLanguage.Rules;

/// <summary>Every rule, R01–R22, built once from a rule set.</summary>
internal static class RuleCatalogue
{
    public static IReadOnlyList<IRule> Build(RuleSet rules, Func<DateOnly, bool> isWorkingDay) =>
        [
            new SentenceLengthRule(rules.Thresholds),
            new AverageSentenceLengthRule(rules.Thresholds),
            new ReadingLevelRule(rules.Thresholds),
            new HardSentenceRule(rules.Thresholds),
            new LongWordsRule(rules),
            new JargonRule(rules),
            new AcronymRule(rules),
            new PassiveRule(rules),
            new LegalPhraseRule(rules),
            new NominalisationRule(rules),
            new DoubleNegativeRule(rules),
            new AddressRule(rules),
            new ChildNameRule(rules),
            new RequiredContentRule(rules),
            new DatesTimesRule(rules, isWorkingDay),
            new PhraseListRule("R16", "blame-stigma", rules.Blame, _ => Severity.Warning, "\"{0}\" can sound blaming."),
            new VagueRule(rules),
            new PhraseListRule(
                "R18",
                "plain-words",
                rules.PlainWords,
                r => r.Govuk ? Severity.Warning : Severity.Info,
                "\"{0}\" has a plainer everyday word."
            ),
            new ParagraphLengthRule(rules.Thresholds),
            new RepeatedWordRule(),
            new StartersRule(),
            new LetterLengthRule(rules.Thresholds),
        ];
}
