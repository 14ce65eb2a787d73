using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Common;
using Plo.Domain.Journey;

namespace Plo.Api.Web;

/// <summary>Status as words first (GOV.UK tags), colour only reinforcing, and why a child is red, amber or
/// green.</summary>
public static class Tags
{
    public static IHtmlContent Tag(string text, string colour) =>
        new HtmlString(
            $"""<strong class="govuk-tag govuk-tag--{colour}">{HtmlEncoder.Default.Encode(text)}</strong>"""
        );

    public static IHtmlContent Rag(Rag rag) =>
        Tag(
            Words.For(rag),
            rag switch
            {
                Domain.Journey.Rag.Red => "red",
                Domain.Journey.Rag.Amber => "orange",
                _ => "green",
            }
        );

    /// <summary>Why the row has its RAG, in the dashboard's own rules (Overview options).</summary>
    public static string RagReason(OverviewRow row, int expectedWeeks)
    {
        if (row.ClosedOn is not null)
        {
            return "Ended";
        }

        var reasons = new List<string>();
        if (row.DaysOverdue > 0)
        {
            reasons.Add(
                row.RationaleStatus == RationaleStatus.Recorded
                    ? $"Overdue by {Days(row.DaysOverdue)} – reason recorded"
                    : $"Overdue by {Days(row.DaysOverdue)} – no reason recorded"
            );
        }

        if (row.WeeksInPreProceedings >= expectedWeeks && row.ExtensionCount == 0)
        {
            reasons.Add($"{row.WeeksInPreProceedings} weeks in – no extension approved");
        }

        if (reasons.Count == 0 && row.Rag == Domain.Journey.Rag.Amber && row.NextReviewDue is { } due)
        {
            reasons.Add($"Key date due soon ({Words.ShortDate(due)})");
        }

        return reasons.Count == 0 ? "On track" : string.Join("; ", reasons);
    }

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
