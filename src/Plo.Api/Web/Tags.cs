using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
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

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
