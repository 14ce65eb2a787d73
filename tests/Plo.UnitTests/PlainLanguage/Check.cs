using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>One shared checker (building it loads the dictionary once) and small helpers.</summary>
internal static class Check
{
    public static readonly PlainLanguageChecker Checker = new();

    public static readonly LetterMeta Meta = new()
    {
        LetterDate = new DateOnly(2026, 3, 2),
        ChildNames = ["Amy", "Ben"],
        RecipientNames = ["Sam Example"],
        Kind = "other",
    };

    public static CheckResult Text(string text, LetterMeta? meta = null) => Checker.CheckText(text, meta ?? Meta);

    public static IReadOnlyList<Finding> Findings(string text, string ruleId, LetterMeta? meta = null) =>
        [.. Text(text, meta).Findings.Where(f => f.RuleId == ruleId)];

    public static string Letter(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PlainLanguage", "Letters", name));
}
