using Microsoft.AspNetCore.Html;
using Plo.PlainLanguage.Model;

namespace Plo.Api.Web;

/// <summary>
/// A plain-language report as the letter workspace and the "check any text" page show it: the scores in words,
/// the text with each finding marked where it is, and the findings listed beside it in order.
/// <paramref name="FixLink"/> adds, for a finding and its number, where to fix it (a letter's plan or meetings).
/// </summary>
public sealed record ReportView(LetterReport Report, Func<Finding, int, IHtmlContent?>? FixLink = null)
{
    public int ErrorCount => Report.Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Report.Findings.Count(f => f.Severity == Severity.Warning);
}
