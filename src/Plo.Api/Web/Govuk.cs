using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Plo.Api.Web;

/// <summary>One choice in radios or a select: the value sent, the words shown, an optional hint.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>
/// GOV.UK Design System form fields, written once: label, hint, the field's own error message (from the same
/// validation the API uses) and <c>aria-describedby</c> tying them together. Field names are the API's field keys.
/// </summary>
public static class Govuk
{
    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static IHtmlContent ErrorSummary(FormErrors errors)
    {
        if (!errors.Any)
        {
            return HtmlString.Empty;
        }

        var html = new StringBuilder(
            """<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">"""
                + """<h2 class="govuk-error-summary__title">There is a problem</h2>"""
                + """<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">"""
        );
        foreach (var (id, message) in errors.Summary())
        {
            html.Append(id == "form" ? $"<li>{E(message)}</li>" : $"""<li><a href="#{E(id)}">{E(message)}</a></li>""");
        }

        return new HtmlString(html.Append("</ul></div></div></div>").ToString());
    }

    public static IHtmlContent TextInput(
        FormErrors errors,
        string field,
        string label,
        string? value,
        string? hint = null,
        string width = "",
        string type = "text",
        string? autocomplete = null
    )
    {
        var id = FormErrors.IdFor(field);
        var error = errors.For(field);
        var css = "govuk-input" + (width.Length > 0 ? $" govuk-input--width-{width}" : "") + ErrorClass(error, "input");
        return Group(
            error,
            $"""<label class="govuk-label" for="{id}">{E(label)}</label>"""
                + Hint(id, hint)
                + Message(id, error)
                + $"""<input class="{css}" id="{id}" name="{E(field)}" type="{type}" value="{E(value)}" """
                + Describe(id, hint, error)
                + (autocomplete is null ? "" : $""" autocomplete="{autocomplete}" """)
                + ">"
        );
    }

    public static IHtmlContent Textarea(
        FormErrors errors,
        string field,
        string label,
        string? value,
        string? hint = null,
        int rows = 5
    )
    {
        var id = FormErrors.IdFor(field);
        var error = errors.For(field);
        return Group(
            error,
            $"""<label class="govuk-label govuk-label--s" for="{id}">{E(label)}</label>"""
                + Hint(id, hint)
                + Message(id, error)
                + $"""<textarea class="govuk-textarea{ErrorClass(error, "textarea")}" id="{id}" name="{E(field)}" """
                + $"""rows="{rows}"{Describe(id, hint, error)}>{E(value)}</textarea>"""
        );
    }

    public static IHtmlContent DateInput(
        FormErrors errors,
        string field,
        string legend,
        DateParts? value,
        string hint = "For example, 27 3 2026"
    )
    {
        var id = FormErrors.IdFor(field);
        var error = errors.For(field);
        var parts = value ?? new DateParts();
        string Part(string part, string label, string? text, int width, bool first) =>
            $"""<div class="govuk-date-input__item"><div class="govuk-form-group">"""
            + $"""<label class="govuk-label govuk-date-input__label" """
            + $"""for="{(first ? id : $"{id}-{part}")}">{label}</label>"""
            + $"""<input class="govuk-input govuk-date-input__input govuk-input--width-{width}"""
            + $"""{ErrorClass(error, "input")}" """
            + $"""id="{(first ? id : $"{id}-{part}")}" name="{E(field)}.{part}" type="text" inputmode="numeric" """
            + $"""value="{E(text)}"></div></div>""";
        return Group(
            error,
            $"""<fieldset class="govuk-fieldset" role="group"{Describe(id, hint, error)}>"""
                + $"""<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{E(legend)}</legend>"""
                + Hint(id, hint)
                + Message(id, error)
                + $"""<div class="govuk-date-input" id="{id}-parts">"""
                + Part("day", "Day", parts.Day, 2, first: true)
                + Part("month", "Month", parts.Month, 2, first: false)
                + Part("year", "Year", parts.Year, 4, first: false)
                + "</div></fieldset>"
        );
    }

    /// <summary>Radios in a fieldset; <paramref name="conditional"/> holds HTML revealed under a choice (shown
    /// anyway without script).</summary>
    public static IHtmlContent Radios(
        FormErrors errors,
        string field,
        string legend,
        IEnumerable<Choice> choices,
        string? selected,
        string? hint = null,
        IReadOnlyDictionary<string, IHtmlContent>? conditional = null,
        bool small = false
    )
    {
        var id = FormErrors.IdFor(field);
        var error = errors.For(field);
        var items = new StringBuilder();
        var index = 0;
        foreach (var choice in choices)
        {
            var itemId = index++ == 0 ? id : $"{id}-{index}";
            var reveal = conditional?.GetValueOrDefault(choice.Value);
            var item =
                """<div class="govuk-radios__item">"""
                + $"""<input class="govuk-radios__input" id="{itemId}" name="{E(field)}" """
                + $"""type="radio" value="{E(choice.Value)}"{(choice.Value == selected ? " checked" : "")}"""
                + (reveal is null ? "" : $""" data-plo-reveal="{itemId}-conditional" """)
                + (choice.Hint is null ? "" : $""" aria-describedby="{itemId}-hint" """)
                + $""">"""
                + $"""<label class="govuk-label govuk-radios__label" for="{itemId}">{E(choice.Text)}</label>"""
                + (
                    choice.Hint is null
                        ? ""
                        : $"""<div id="{itemId}-hint" class="govuk-hint govuk-radios__hint">{E(choice.Hint)}</div>"""
                )
                + "</div>";
            items.Append(item);
            if (reveal is not null)
            {
                var revealed =
                    $"""<div class="govuk-radios__conditional" id="{itemId}-conditional">{Html(reveal)}</div>""";
                items.Append(revealed);
            }
        }

        return Group(
            error,
            $"""<fieldset class="govuk-fieldset"{Describe(id, hint, error)}>"""
                + $"""<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{E(legend)}</legend>"""
                + Hint(id, hint)
                + Message(id, error)
                // Not data-module="govuk-radios": its reveal sets aria-expanded on radios, which ARIA does not allow;
                // plo.js reveals instead, and without script every revealed part simply shows.
                + $"""<div class="govuk-radios{(small ? " govuk-radios--small" : "")}">"""
                + items
                + "</div></fieldset>"
        );
    }

    /// <summary>One small checkbox in its own form group, sending <c>true</c> when ticked.</summary>
    public static IHtmlContent Checkbox(string field, string label, bool on)
    {
        var id = FormErrors.IdFor(field);
        return Group(
            null,
            """<div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item">"""
                + $"""<input class="govuk-checkboxes__input" id="{id}" name="{E(field)}" type="checkbox" """
                + (on ? """value="true" checked""" : """value="true" """)
                + $"""><label class="govuk-label govuk-checkboxes__label" for="{id}">{E(label)}</label></div></div>"""
        );
    }

    /// <summary>A whole list's error (for example "Add at least one child") under its heading.</summary>
    public static IHtmlContent ErrorMessageFor(FormErrors errors, string field) =>
        errors.For(field) is { } error
            ? new HtmlString(Message(FormErrors.IdFor(field) + "-list", error))
            : HtmlString.Empty;

    public static IHtmlContent Select(
        FormErrors errors,
        string field,
        string label,
        IEnumerable<Choice> choices,
        string? selected,
        string? hint = null
    )
    {
        var id = FormErrors.IdFor(field);
        var error = errors.For(field);
        var options = string.Concat(
            choices.Select(c =>
                $"""<option value="{E(c.Value)}"{(c.Value == selected ? " selected" : "")}>{E(c.Text)}</option>"""
            )
        );
        return Group(
            error,
            $"""<label class="govuk-label" for="{id}">{E(label)}</label>"""
                + Hint(id, hint)
                + Message(id, error)
                + $"""<select class="govuk-select{ErrorClass(error, "select")}" id="{id}" name="{E(field)}" """
                + $"""{Describe(id, hint, error)}>{options}</select>"""
        );
    }

    private static HtmlString Group(string? error, string inner) =>
        new($"""<div class="govuk-form-group{(error is null ? "" : " govuk-form-group--error")}">{inner}</div>""");

    private static string Hint(string id, string? hint) =>
        hint is null ? "" : $"""<div id="{id}-hint" class="govuk-hint">{E(hint)}</div>""";

    private static string Message(string id, string? error) =>
        error is null
            ? ""
            : $"""<p id="{id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> """
                + $"""{E(error)}</p>""";

    private static string Describe(string id, string? hint, string? error)
    {
        var ids = string.Join(
            ' ',
            new[] { hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.OfType<string>()
        );
        return ids.Length == 0 ? "" : $""" aria-describedby="{ids}" """.TrimEnd();
    }

    private static string ErrorClass(string? error, string kind) => error is null ? "" : $" govuk-{kind}--error";

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
