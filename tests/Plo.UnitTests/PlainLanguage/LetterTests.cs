using System.Text.Json;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

public class LetterTests
{
    private static readonly LetterMeta LetterMeta = Check.Meta with { Kind = "letter-before-proceedings" };

    [Fact]
    public void The_good_sample_letter_has_no_errors_and_a_reading_age_of_eleven_or_less()
    {
        var result = Check.Text(Check.Letter("good-letter.txt"), LetterMeta);

        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.True(result.Metrics.FleschKincaidGrade <= 6, $"grade {result.Metrics.FleschKincaidGrade}");
        Assert.True(result.Metrics.ReadingAge <= 11);
    }

    [Fact]
    public void The_bad_sample_letter_trips_every_error_rule()
    {
        var result = Check.Text(Check.Letter("bad-letter.txt"), LetterMeta);

        var errorRules = result.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "R01", "R02", "R03", "R06", "R07", "R12", "R13", "R14", "R15" },
            errorRules
        );
    }

    [Fact]
    public void Every_finding_points_at_its_text()
    {
        foreach (var name in new[] { "good-letter.txt", "bad-letter.txt" })
        {
            var result = Check.Text(Check.Letter(name), LetterMeta);
            Assert.All(result.Findings, f => Assert.Equal(f.Text, result.Text.Substring(f.Start, f.Length)));
        }
    }

    [Fact]
    public void Html_and_text_of_the_same_letter_score_alike()
    {
        var text = Check.Letter("good-letter.txt");
        var html = "<html><body>" + string.Concat(text.Split("\n\n").Select(ToHtml)) + "</body></html>";

        var fromText = Check.Text(text, LetterMeta);
        var fromHtml = Check.Checker.CheckHtml(html, LetterMeta);

        Assert.Equal(fromText.Metrics.Words, fromHtml.Metrics.Words);
        Assert.Equal(fromText.Metrics.Sentences, fromHtml.Metrics.Sentences);
    }

    /// <summary>A short line with no end punctuation is a heading in the text reader, so it is an h2 here.</summary>
    private static string ToHtml(string paragraph)
    {
        var encoded = System
            .Net.WebUtility.HtmlEncode(paragraph.Trim())
            .Replace("\n", "<br>", StringComparison.Ordinal);
        var heading =
            !paragraph.Trim().Contains('\n', StringComparison.Ordinal)
            && !".!?:;,".Contains(paragraph.Trim()[^1], StringComparison.Ordinal);
        return heading ? $"<h2>{encoded}</h2>" : $"<p>{encoded}</p>";
    }

    [Fact]
    public void A_council_can_change_a_threshold_without_recompiling()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        var json = JsonSerializer.Serialize(
            RuleSetLoader.Default(),
            new JsonSerializerOptions(JsonSerializerDefaults.Web)
        );
        File.WriteAllText(
            path,
            json.Replace("\"sentenceInfoWords\":21", "\"sentenceInfoWords\":4", StringComparison.Ordinal)
        );
        try
        {
            var strict = new PlainLanguageChecker(RuleSetLoader.FromFile(path));

            Assert.Contains(
                strict.CheckText("We are worried about Amy today.", Check.Meta).Findings,
                f => f.RuleId == "R01"
            );
            Assert.DoesNotContain(Check.Text("We are worried about Amy today.").Findings, f => f.RuleId == "R01");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_broken_rule_file_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ not json");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => RuleSetLoader.FromFile(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
