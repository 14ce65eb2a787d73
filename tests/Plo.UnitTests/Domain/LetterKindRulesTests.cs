using System.Text.Json;
using Plo.Domain.Letters;

namespace Plo.UnitTests.Domain;

public class LetterKindRulesTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Every_letter_kind_has_a_template_a_rules_entry_and_an_eligibility_rule()
    {
        using var rules = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Root, "src", "Plo.PlainLanguage", "Data", "plain-language-rules.json"))
        );
        var entries = rules.RootElement.GetProperty("kinds").EnumerateObject().Select(p => p.Name).ToHashSet();

        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            Assert.True(
                LetterKindRules.All.TryGetValue(kind, out var rule),
                $"{kind} has no row in the letter kinds table."
            );
            Assert.True(
                File.Exists(Path.Combine(Root, "letter-templates", rule!.Template + ".sbn-html")),
                $"{kind}: no template {rule.Template}."
            );
            Assert.Contains(rule.RulesEntry, entries);
            Assert.NotEqual("other", rule.RulesEntry);
            Assert.NotNull(rule.WhyNot);
            Assert.False(string.IsNullOrWhiteSpace(rule.Recipients));
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Plo.sln not found above the test folder.");
    }
}
