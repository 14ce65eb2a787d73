using Plo.Application.Letters;
using Plo.Application.Letters.Samples;
using Plo.Domain.Calendar;
using Plo.Domain.Letters;
using Plo.Infrastructure.Letters;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;

namespace Plo.Cli.Commands;

/// <summary>
/// <c>plo lint-templates [--templates DIR] [--rules FILE.json]</c>: renders every letter template for
/// every built-in sample family and checks it. Exit 1 when any has a plain-language error or warning, a grade
/// above 5 (reading age 10) or a reading ease below 75.
/// </summary>
public sealed class LintTemplatesCommand : ICliCommand
{
    public const double MaxGrade = 5;
    public const double MinReadingEase = 75;

    public string Name => "lint-templates";
    public string Usage =>
        "lint-templates [--templates DIR] [--rules FILE.json]   render and check every letter template";

    public IReadOnlySet<string> Options => new HashSet<string> { "--templates", "--rules" };
    public bool NeedsHost => false;

    public Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        LetterTemplateCatalog catalog;
        try
        {
            catalog = new LetterTemplateCatalog(
                args.Value("--templates") ?? Path.Combine(AppContext.BaseDirectory, "letter-templates")
            );
        }
        catch (InvalidOperationException ex)
        {
            output.WriteLine(ex.Message);
            return Task.FromResult(1);
        }

        var rules = args.Value("--rules") is { } path ? RuleSetLoader.FromFile(path) : null;
        var drafter = new LetterDrafter(
            new ScribanLetterRenderer(catalog),
            new PlainLanguageChecker(rules, new WorkingDayCalendar().IsWorkingDay),
            Microsoft.Extensions.Options.Options.Create(SampleCouncil.Options)
        );
        var failures = 0;
        foreach (var (kind, sample, content, report) in Lint(drafter))
        {
            var problems = Problems(report);
            failures += problems.Count == 0 ? 0 : 1;
            output.WriteLine(
                $"{(problems.Count == 0 ? "ok  " : "FAIL")} {kind.Slug()} × {sample}: grade "
                    + $"{report.Metrics.FleschKincaidGrade:0.0} (reading age {report.Metrics.ReadingAge:0.0}), "
                    + $"reading ease {report.Metrics.FleschReadingEase:0.0}, {content.ErrorCount} error(s), "
                    + $"{content.WarningCount} warning(s)"
            );
            foreach (var problem in problems)
            {
                output.WriteLine($"       {problem}");
            }
        }

        output.WriteLine(failures == 0 ? "All templates pass." : $"{failures} template and sample pair(s) fail.");
        return Task.FromResult(failures == 0 ? 0 : 1);
    }

    /// <summary>Why a built-in letter fails: each error or warning, a grade above <see cref="MaxGrade"/>, a reading
    /// ease below <see cref="MinReadingEase"/>. Empty when it passes.</summary>
    public static IReadOnlyList<string> Problems(LetterReport report)
    {
        var m = report.Metrics;
        return
        [
            .. report
                .Findings.Where(f => f.Severity >= Severity.Warning)
                .Select(f => $"{f.RuleId} {f.Name} ({f.Severity}): {f.Message} \"{f.Text}\""),
            .. m.FleschKincaidGrade > MaxGrade
                ? [$"grade {m.FleschKincaidGrade:0.0} is above {MaxGrade}"]
                : Array.Empty<string>(),
            .. m.FleschReadingEase < MinReadingEase
                ? [$"reading ease {m.FleschReadingEase:0.0} is below {MinReadingEase}"]
                : Array.Empty<string>(),
        ];
    }

    public static IEnumerable<(LetterKind Kind, string Sample, LetterContent Content, LetterReport Report)> Lint(
        LetterDrafter drafter
    )
    {
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            foreach (var sample in SampleCases.All(withExit: kind == LetterKind.EndOfPreProceedings))
            {
                var content = drafter.Preview(
                    sample.Case,
                    sample.Recipient,
                    kind,
                    SampleCouncil.Contacts,
                    sample.Today,
                    sample.Hearing
                );
                yield return (
                    kind,
                    sample.Name,
                    content,
                    System.Text.Json.JsonSerializer.Deserialize<LetterReport>(content.ReportJson, LetterReport.Json)!
                );
            }
        }
    }
}
