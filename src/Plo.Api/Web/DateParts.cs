using System.Globalization;

namespace Plo.Api.Web;

/// <summary>The GOV.UK date input's day, month and year, as typed.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts Of(DateOnly? date) =>
        date is { } d
            ? new DateParts
            {
                Day = d.Day.ToString(CultureInfo.InvariantCulture),
                Month = d.Month.ToString(CultureInfo.InvariantCulture),
                Year = d.Year.ToString(CultureInfo.InvariantCulture),
            }
            : new DateParts();

    /// <summary>The date, or null with an error in GOV.UK's words when it is missing (and required) or not a real
    /// date.</summary>
    public DateOnly? Read(FormErrors errors, string field, string what, bool required = true)
    {
        if (IsEmpty)
        {
            if (required)
            {
                errors.Add(field, $"Enter {what}");
            }

            return null;
        }

        if (
            int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2200
            && month is >= 1 and <= 12
            && day >= 1
            && day <= DateTime.DaysInMonth(year, month)
        )
        {
            return new DateOnly(year, month, day);
        }

        errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date, for example 27 3 2026");
        return null;
    }
}
