using System.Text.Json;
using Plo.Domain.Calendar;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;

namespace Plo.Cli.Commands;

/// <summary>One letter of a labelled corpus: its file, the rules that must report an error (none for a good
/// letter) and what the checker knows about it.</summary>
public sealed record CorpusLetter(string File, IReadOnlyList<string> Expect, LetterMeta Meta, string? Note = null);

public sealed record CorpusManifest(IReadOnlyList<CorpusLetter> Letters);

/// <summary>An expected error the checker missed, or an error it reported that the manifest does not
/// expect.</summary>
public sealed record CorpusMismatch(string File, string Rule, string Detail);

/// <summary>
/// How the checker's errors compare with a labelled corpus, counted per letter and rule: a true positive is an
/// expected rule that reported an error; a miss is an expected rule that did not; a false error is a rule that
/// reported an error the manifest does not expect (on a good letter, any error).
/// </summary>
public sealed record CheckerEvaluation(
    int Letters,
    int GoodLetters,
    int TruePositives,
    IReadOnlyList<CorpusMismatch> Misses,
    IReadOnlyList<CorpusMismatch> FalseErrors,
    int GoodLettersWithErrors
)
{
    public double Precision =>
        TruePositives + FalseErrors.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalseErrors.Count);

    public double Recall =>
        TruePositives + Misses.Count == 0 ? 1 : (double)TruePositives / (TruePositives + Misses.Count);

    public static CheckerEvaluation Of(string folder, PlainLanguageChecker? checker = null)
    {
        checker ??= new PlainLanguageChecker(null, new WorkingDayCalendar().IsWorkingDay);
        var manifest = ReadManifest(folder);
        var (truePositives, goodWithErrors) = (0, 0);
        var misses = new List<CorpusMismatch>();
        var falseErrors = new List<CorpusMismatch>();
        foreach (var letter in manifest.Letters)
        {
            var path = Path.Combine(folder, letter.File);
            if (!File.Exists(path))
            {
                throw new CliUsageException($"The manifest names {letter.File}, which is not in {folder}.");
            }

            var text = File.ReadAllText(path);
            var result = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                ? checker.CheckText(text, letter.Meta)
                : checker.CheckHtml(text, letter.Meta);
            var errors = result
                .Findings.Where(f => f.Severity == Severity.Error)
                .GroupBy(f => f.RuleId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal);
            var expected = letter.Expect.ToHashSet(StringComparer.Ordinal);
            truePositives += expected.Count(errors.ContainsKey);
            misses.AddRange(
                expected
                    .Where(r => !errors.ContainsKey(r))
                    .Select(r => new CorpusMismatch(letter.File, r, letter.Note ?? ""))
            );
            falseErrors.AddRange(
                errors
                    .Where(e => !expected.Contains(e.Key))
                    .Select(e => new CorpusMismatch(letter.File, e.Key, e.Value))
            );
            goodWithErrors += expected.Count == 0 && errors.Count > 0 ? 1 : 0;
        }

        return new CheckerEvaluation(
            manifest.Letters.Count,
            manifest.Letters.Count(l => l.Expect.Count == 0),
            truePositives,
            misses,
            falseErrors,
            goodWithErrors
        );
    }

    private static CorpusManifest ReadManifest(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{folder} has no manifest.json.");
        }

        try
        {
            return JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(path), LetterReport.Json)
                ?? throw new CliUsageException($"{path} is empty.");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"{path} is not a valid corpus manifest: {ex.Message}");
        }
    }
}
