using System.Runtime.ExceptionServices;
using System.Text.Json;
using Plo.Domain.Calendar;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;

namespace Plo.Cli.Commands;

/// <summary>
/// <c>plo check-letter PATH... [--meta FILE.json] [--format text|json] [--rules FILE.json]</c>: checks
/// letters (.txt, .html) against the plain-language rules. Exit 0 when no letter has an error, 1 when
/// any has, 2 on a usage or read error.
/// </summary>
public sealed class CheckLetterCommand : ICliCommand
{
    public string Name => "check-letter";
    public string Usage =>
        "check-letter PATH... [--meta FILE.json] [--format text|json] [--rules FILE.json]   check letters in plain "
        + "language";

    public IReadOnlySet<string> Options => new HashSet<string> { "--meta", "--format", "--rules" };
    public bool NeedsHost => false;

    public Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var format = args.Value("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new CliUsageException("--format must be text or json.");
        }

        if (args.Positional.Count == 0)
        {
            throw new CliUsageException("Give at least one letter file or folder.");
        }

        var letters = args.Positional.SelectMany(Expand).ToList();
        var sharedMeta = args.Value("--meta") is { } metaPath ? ReadMeta(metaPath) : null;
        var checker = new PlainLanguageChecker(
            args.Value("--rules") is { } rules ? ReadRules(rules) : null,
            new WorkingDayCalendar().IsWorkingDay
        );

        using var json = format == "json" ? new JsonReport(output) : null;
        ILetterReportWriter writer = json ?? (ILetterReportWriter)new TextReport(output);
        var failing = false;
        foreach (var report in CheckAll(checker, letters, sharedMeta))
        {
            writer.Write(report);
            failing |= report.Findings.Any(f => f.Severity == Severity.Error);
        }

        writer.End();
        return Task.FromResult(failing ? 1 : 0);
    }

    /// <summary>Letters are checked on every core (the checker is thread-safe) and come back in the order given, each
    /// as soon as those before it are done.</summary>
    private static IEnumerable<LetterReport> CheckAll(
        PlainLanguageChecker checker,
        List<LetterFiles.Letter> letters,
        LetterMeta? sharedMeta
    )
    {
        var reports = letters
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Min(Environment.ProcessorCount, letters.Count))
            .Select(letter =>
                Check(checker, letter.Path, sharedMeta ?? (letter.MetaPath is { } meta ? ReadMeta(meta) : null))
            );
        using var each = reports.GetEnumerator();
        while (true)
        {
            try
            {
                if (!each.MoveNext())
                {
                    yield break;
                }
            }
            catch (AggregateException ex)
            {
                // As if checked one by one: a usage error exits 2, a failure 1, whichever letter it came from.
                ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }

            yield return each.Current;
        }
    }

    private static LetterReport Check(PlainLanguageChecker checker, string file, LetterMeta? meta)
    {
        var content = Read(file);
        var html = Path.GetExtension(file).StartsWith(".htm", StringComparison.OrdinalIgnoreCase);
        return LetterReport.Of(html ? checker.CheckHtml(content, meta) : checker.CheckText(content, meta), file);
    }

    /// <summary>A folder's letters, each with NAME.meta.json beside it when there is one; or one letter.</summary>
    private static IEnumerable<LetterFiles.Letter> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            var letters = LetterFiles.InFolder(path);
            return letters.Count > 0 ? letters : throw new CliUsageException($"{path} holds no .txt or .html letters.");
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path} does not exist.");
        }

        return LetterFiles.IsLetter(path)
            ? [LetterFiles.Single(path)]
            : throw new CliUsageException($"{path} is not a .txt or .html file.");
    }

    private static LetterMeta ReadMeta(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(
                    Reading(path, LetterFiles.ReadUtf8).Span,
                    PlainLanguageJson.Info<LetterMeta>(LetterReport.SourceGenerated)
                ) ?? throw new CliUsageException($"{path} is empty.");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"{path} is not valid letter metadata: {ex.Message}");
        }
    }

    private static RuleSet ReadRules(string path)
    {
        try
        {
            return RuleSetLoader.FromFile(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    private static string Read(string path) => Reading(path, LetterFiles.ReadText);

    private static T Reading<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"Cannot read {path}: {ex.Message}");
        }
    }
}
