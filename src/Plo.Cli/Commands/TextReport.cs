using System.Globalization;
using System.Text;
using Plo.PlainLanguage.Model;

namespace Plo.Cli.Commands;

/// <summary>Compiler-style lines, <c>file:line:col: error R06 jargon: message → suggestion</c>, letter by letter as
/// each is checked, then a summary.</summary>
internal sealed class TextReport(TextWriter output) : ILetterReportWriter
{
    private int _letters;
    private int _errors;
    private int _warnings;
    private int _failing;

    // A letter's lines are written together: one write to the console per letter, not one per line.
    private readonly StringBuilder _letter = new();

    public void Write(LetterReport report)
    {
        var lines = LineStarts(report.Text);
        _letter.Clear();
        foreach (var f in report.Findings)
        {
            var (line, column) = Position(lines, f.Start);
            var slot = f.Slot is null ? "" : $" [{f.Slot}]";
            var suggestion = f.Suggestion is null ? "" : $" → {f.Suggestion}";
            _letter
                .Append(
                    CultureInfo.CurrentCulture,
                    $"{report.File}:{line}:{column}: {Name(f.Severity)} {f.RuleId} {f.Name}{slot}: {f.Message}"
                )
                .Append(suggestion)
                .Append(output.NewLine);
        }

        var m = report.Metrics;
        _letter
            .Append(
                CultureInfo.CurrentCulture,
                $"{report.File}: {m.Words} words, {m.Sentences} sentences, reading age {m.ReadingAge:0.#} (grade "
            )
            .Append(CultureInfo.CurrentCulture, $"{m.FleschKincaidGrade:0.#}), reading ease {m.FleschReadingEase:0.#}")
            .Append(output.NewLine);
        output.Write(_letter);
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        _letters++;
        _errors += errors;
        _warnings += report.Findings.Count(f => f.Severity == Severity.Warning);
        _failing += errors > 0 ? 1 : 0;
    }

    public void End() =>
        output.WriteLine(
            $"{_letters} letter(s) checked: {_errors} error(s), {_warnings} warning(s); {_failing} letter(s) cannot "
                + $"be issued."
        );

    // Named here, not by Enum.ToString: in the native checker that reads the enum's metadata for every finding.
    private static string Name(Severity severity) =>
        severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Info => "info",
            _ => severity.ToString().ToLowerInvariant(),
        };

    /// <summary>Where each line starts, so a finding's line is a binary search, not a scan from the top.</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }
}
