using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Plo.Api.Web;

/// <summary>One bar: its label, its value, the words printed beside it, and an optional style (for RAG).</summary>
public sealed record Bar(string Label, double Value, string Text, string? Style = null);

/// <summary>
/// Horizontal bar charts drawn on the server as SVG: <c>role="img"</c> with a title and a description, every bar
/// labelled in words and its figure printed, so nothing depends on colour; the page shows the same numbers in a
/// table. A marker line can be drawn between two bars (the 16-week expectation).
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int LabelWidth = 190;
    private const int BarArea = 300;
    private const int Row = 30;
    private const int Top = 10;

    public static IHtmlContent Bars(
        string id,
        string title,
        string description,
        IReadOnlyList<Bar> bars,
        int? lineBeforeBar = null,
        string? lineLabel = null
    )
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = Top + (bars.Count * Row) + 20;
        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"""<svg class="plo-chart" role="img" aria-labelledby="{id}-title {id}-desc" """
                + $"""viewBox="0 0 {Width} {height}" """
        );
        svg.Append(
            CultureInfo.InvariantCulture,
            $"""width="{Width}" height="{height}" xmlns="http://www.w3.org/2000/svg">"""
        );
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{E(title)}</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<desc id="{id}-desc">{E(description)}</desc>""");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * Row);
            var length = bar.Value <= 0 ? 0 : Math.Max(2, bar.Value / max * BarArea);
            var style = bar.Style is null ? "plo-chart__bar" : $"plo-chart__bar plo-chart__bar--{bar.Style}";
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<text x="{LabelWidth - 8}" y="{y + 19}" text-anchor="end">{E(bar.Label)}</text>"""
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<rect class="{style}" x="{LabelWidth}" y="{y + 5}" width="{length:0.#}" """
                    + $"""height="{Row - 10}"></rect>"""
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<text x="{LabelWidth + length + 6:0.#}" y="{y + 19}">{E(bar.Text)}</text>"""
            );
        }

        svg.Append(
            CultureInfo.InvariantCulture,
            $"""<line class="plo-chart__axis" x1="{LabelWidth}" y1="{Top}" x2="{LabelWidth}" """
                + $"""y2="{Top + (bars.Count * Row)}"></line>"""
        );
        if (lineBeforeBar is { } before && before > 0 && before <= bars.Count)
        {
            var y = Top + (before * Row);
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<line class="plo-chart__line" x1="0" y1="{y}" x2="{Width}" y2="{y}"></line>"""
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"""<text x="{Width - 4}" y="{y - 4}" text-anchor="end">{E(lineLabel)}</text>"""
            );
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");
}
