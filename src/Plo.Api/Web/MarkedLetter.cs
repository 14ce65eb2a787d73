using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Plo.PlainLanguage.Model;

namespace Plo.Api.Web;

/// <summary>
/// A letter's text with each plain-language finding marked where it is: a focusable <c>&lt;mark&gt;</c> over its
/// character range, described by (and linked to) its item in the report list, so the rule, message and suggestion
/// are reachable by keyboard and screen reader, not by hover. Overlapping findings are marked from where the
/// previous one ends; a finding with no length (a missing part) is listed only.
/// </summary>
public static class MarkedLetter
{
    public static IHtmlContent Render(string text, IReadOnlyList<Finding> findings)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (
            var (finding, number) in Numbered(findings).Where(f => f.Finding.Length > 0).OrderBy(f => f.Finding.Start)
        )
        {
            var start = Math.Clamp(finding.Start, at, text.Length);
            var end = Math.Clamp(finding.Start + finding.Length, start, text.Length);
            if (end <= start)
            {
                continue;
            }

            html.Append(E(text[at..start]));
            var severity = Severity(finding);
            html.Append(
                CultureInfo.InvariantCulture,
                $"""<mark class="plo-finding plo-finding--{severity.ToLowerInvariant()}" id="mark-{number}" """
                    + $"""tabindex="0" aria-describedby="finding-{number}-message">{E(text[start..end])}</mark>"""
                    + $"""<a class="plo-finding__ref" href="#finding-{number}">[{number}"""
                    + $"""<span class="govuk-visually-hidden">: {severity}, see the report</span>]</a>"""
            );
            at = end;
        }

        html.Append(E(text[at..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>Findings numbered in the order they appear in the letter (missing parts last).</summary>
    public static IEnumerable<(Finding Finding, int Number)> Numbered(IReadOnlyList<Finding> findings) =>
        findings
            .Where(f => f.Severity != PlainLanguage.Model.Severity.Info)
            .OrderBy(f => f.Length == 0)
            .ThenBy(f => f.Start)
            .ThenByDescending(f => f.Severity)
            .Select((f, i) => (f, i + 1));

    public static string Severity(Finding finding) =>
        finding.Severity == PlainLanguage.Model.Severity.Error ? "Error" : "Warning";

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
