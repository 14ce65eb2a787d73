using Plo.Cli.Commands;

namespace Plo.IntegrationTests.PlainLanguage;

/// <summary>The checker against letters written to test it (tests/letter-corpus): its errors must be right at least
/// 95 times in 100, it must miss no more than 5 expected errors in 100, and a good letter has no error.</summary>
public class CheckerCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "letter-corpus");

    [Fact]
    public void The_checker_finds_the_corpus_defects_with_precision_and_recall_of_at_least_095()
    {
        var result = CheckerEvaluation.Of(Corpus);
        var detail = string.Join(
            "\n",
            result
                .Misses.Select(m => $"missed {m.Rule} in {m.File}")
                .Concat(result.FalseErrors.Select(e => $"false {e.Rule} in {e.File}: {e.Detail}"))
        );

        Assert.True(result.GoodLetters >= 25 && result.Letters - result.GoodLetters >= 35, $"{result.Letters} letters");
        Assert.True(result.Precision >= 0.95, $"precision {result.Precision:0.000}\n{detail}");
        Assert.True(result.Recall >= 0.95, $"recall {result.Recall:0.000}\n{detail}");
        Assert.True(result.GoodLettersWithErrors == 0, detail);
    }

    [Fact]
    public void The_corpus_covers_every_rule_that_can_block_a_letter()
    {
        var manifest = File.ReadAllText(Path.Combine(Corpus, "manifest.json"));

        foreach (
            var rule in new[] { "R01", "R02", "R03", "R06", "R07", "R08", "R09", "R12", "R13", "R14", "R15", "R17" }
        )
        {
            Assert.Contains($"\"{rule}\"", manifest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Evaluate_checker_prints_the_figures_and_each_mismatch_and_fails_below_the_bar()
    {
        var folder = Directory.CreateTempSubdirectory("plo-corpus-").FullName;
        try
        {
            // One good letter labelled as if it should trip R09: a miss, so recall falls to 0.
            File.Copy(Path.Combine(Corpus, "good-end-evans.txt"), Path.Combine(folder, "letter.txt"));
            await File.WriteAllTextAsync(
                Path.Combine(folder, "manifest.json"),
                """
                { "letters": [ { "file": "letter.txt", "expect": ["R09"], "meta": { "kind": "end-of-pre-proceedings",
                  "letterDate": "2026-03-02", "childNames": ["Gwen"] } } ] }
                """
            );
            var output = new StringWriter();

            var exit = await Plo.Cli.CliApp.RunAsync(["evaluate-checker", folder], output, new StringWriter());

            Assert.Equal(1, exit);
            Assert.Contains("precision 1.000, recall 0.000", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("MISS  letter.txt: R09", output.ToString(), StringComparison.Ordinal);
            var missing = await Plo.Cli.CliApp.RunAsync(
                ["evaluate-checker", "/nonexistent"],
                output,
                new StringWriter()
            );
            Assert.Equal(2, missing);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
