using Plo.PlainLanguage.Model;

namespace Plo.Cli.Commands;

/// <summary>Compiler-style lines, <c>file:line:col: error R06 jargon: message → suggestion</c>, then a summary.</summary>
internal static class TextReport
{
    public static void Write(IReadOnlyList<LetterReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            foreach (var f in report.Findings)
            {
                var (line, column) = Position(report.Text, f.Start);
                var severity = f.Severity.ToString().ToLowerInvariant();
                var slot = f.Slot is null ? "" : $" [{f.Slot}]";
                var suggestion = f.Suggestion is null ? "" : $" → {f.Suggestion}";
                output.WriteLine($"{report.File}:{line}:{column}: {severity} {f.RuleId} {f.Name}{slot}: {f.Message}{suggestion}");
            }

            var m = report.Metrics;
            output.WriteLine($"{report.File}: {m.Words} words, {m.Sentences} sentences, reading age {m.ReadingAge:0.#} (grade {m.FleschKincaidGrade:0.#}), reading ease {m.FleschReadingEase:0.#}");
        }

        var errors = reports.Sum(r => r.Findings.Count(f => f.Severity == Severity.Error));
        var warnings = reports.Sum(r => r.Findings.Count(f => f.Severity == Severity.Warning));
        var failing = reports.Count(r => r.Findings.Any(f => f.Severity == Severity.Error));
        output.WriteLine($"{reports.Count} letter(s) checked: {errors} error(s), {warnings} warning(s); {failing} letter(s) cannot be issued.");
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
