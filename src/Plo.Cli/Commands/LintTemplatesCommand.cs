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
/// every built-in sample family and checks it. Exit 1 when any has a plain-language error or a
/// reading age above 11 (grade above 6).
/// </summary>
public sealed class LintTemplatesCommand : ICliCommand
{
    public const double MaxGrade = 6;

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
            var grade = report.Metrics.FleschKincaidGrade;
            var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToList();
            var ok = errors.Count == 0 && grade <= MaxGrade;
            failures += ok ? 0 : 1;
            output.WriteLine(
                $"{(ok ? "ok  " : "FAIL")} {kind.Slug()} × {sample}: grade {grade:0.0} (reading age "
                    + $"{report.Metrics.ReadingAge:0.0}), {errors.Count} error(s), {content.WarningCount} warning(s)"
            );
            foreach (var error in errors)
            {
                output.WriteLine($"       {error.RuleId} {error.Name}: {error.Message} \"{error.Text}\"");
            }
        }

        output.WriteLine(failures == 0 ? "All templates pass." : $"{failures} template and sample pair(s) fail.");
        return Task.FromResult(failures == 0 ? 0 : 1);
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
