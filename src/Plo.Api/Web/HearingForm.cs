using System.Globalization;
using Plo.Application.Letters.Model;

namespace Plo.Api.Web;

/// <summary>The first court hearing, as typed for a letter of issue: all three parts, or none (the letter then
/// says the court will write with the date).</summary>
public sealed class HearingForm
{
    public DateParts Date { get; set; } = new();
    public string? Time { get; set; }
    public string? Court { get; set; }

    public bool IsEmpty => Date.IsEmpty && string.IsNullOrWhiteSpace(Time) && string.IsNullOrWhiteSpace(Court);

    /// <summary>The hearing, or null when nothing was typed or a part is missing or unreadable (each such part
    /// gets its error under <c>hearing.date</c>, <c>hearing.time</c> or <c>hearing.court</c>).</summary>
    public HearingInput? Read(FormErrors errors)
    {
        if (IsEmpty)
        {
            return null;
        }

        var date = Date.Read(errors, "hearing.date", "the date of the hearing");
        TimeOnly? time = null;
        if (
            TimeOnly.TryParseExact(
                Time?.Trim() ?? "",
                ["H:mm", "HH:mm", "H.mm", "HH.mm"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var parsed
            )
        )
        {
            time = parsed;
        }
        else
        {
            errors.Add("hearing.time", "Enter the time of the hearing as hours and minutes, for example 10:30");
        }

        if (string.IsNullOrWhiteSpace(Court))
        {
            errors.Add("hearing.court", "Enter the court where the hearing is");
        }

        return date is { } d && time is { } t && !string.IsNullOrWhiteSpace(Court)
            ? new HearingInput(d, t, Court)
            : null;
    }
}
