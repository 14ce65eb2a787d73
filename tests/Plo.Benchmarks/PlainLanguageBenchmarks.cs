using BenchmarkDotNet.Attributes;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;

namespace Plo.Benchmarks;

/// <summary>
/// The plain-language check of a letter of about 1,000 words (goal: 1 ms median, modest
/// allocation), and a folder of 100 different letters in one process (letters per second = 100 / mean). Under the
/// workstation garbage collector, as the checker CLI runs.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
public class PlainLanguageBenchmarks
{
    private readonly PlainLanguageChecker _checker = new();
    private readonly LetterMeta _meta = new()
    {
        LetterDate = new DateOnly(2026, 3, 2),
        ChildNames = ["Amy", "Ben"],
        RecipientNames = ["Sam Example"],
    };
    private string _thousandWords = "";
    private List<string> _folder = [];

    [GlobalSetup]
    public void Setup()
    {
        var letter = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Letters", "good-letter.txt"));
        var start = letter.IndexOf("Why we are writing", StringComparison.Ordinal);
        var end = letter.IndexOf("Yours sincerely", StringComparison.Ordinal);
        var body = letter[start..end];
        _thousandWords = letter[..start] + string.Concat(Enumerable.Repeat(body, 3)) + letter[end..];
        _folder = [.. Enumerable.Range(0, 100).Select(i => letter.Replace("Amy", $"Amy{i}", StringComparison.Ordinal))];
        var words = _checker.CheckText(_thousandWords, _meta).Metrics.Words;
        Console.WriteLine($"// benchmark letter: {words} body words");
    }

    [Benchmark]
    public CheckResult Check_a_1000_word_letter() => _checker.CheckText(_thousandWords, _meta);

    [Benchmark(OperationsPerInvoke = 100)]
    public int Check_a_folder_of_100_letters()
    {
        var errors = 0;
        foreach (var letter in _folder)
        {
            errors += _checker.CheckText(letter, _meta).Errors;
        }

        return errors;
    }
}
