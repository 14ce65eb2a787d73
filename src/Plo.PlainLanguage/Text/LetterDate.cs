using System.Globalization;
using System.Text.RegularExpressions;

namespace Plo.PlainLanguage.Text;

/// <summary>A date written in a letter, read back: its day, the weekday it claims and how it is written.</summary>
public sealed record LetterDate(
    DateOnly? Date,
    DayOfWeek? ClaimedWeekday,
    bool HasOrdinal,
    bool TwoDigitYear,
    bool NoYear,
    bool UsOrder,
    bool Numeric,
    bool Invalid
)
{
    public bool WeekdayMismatch => Date is { } d && ClaimedWeekday is { } w && d.DayOfWeek != w;

    /// <summary>Reads a masked date token; a date without a year is taken within six months of the letter
    /// date.</summary>
    public static LetterDate? Parse(string text, DateOnly letterDate)
    {
        if (DatePatterns.NumericDate().IsMatch(text))
        {
            return new LetterDate(null, null, false, false, false, false, Numeric: true, false);
        }

        // The US order is read only when the British one does not cover the whole token.
        var longDate = DatePatterns.LongDate().Match(text);
        var usOrder = !(longDate.Success && longDate.Length == text.Length);
        var m = usOrder ? DatePatterns.UsDate().Match(text) : longDate;
        if (!m.Success)
        {
            return null;
        }

        var month = DatePatterns.MonthNumber(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var yearText = m.Groups["year"].Value.TrimStart('\'');
        var year = yearText.Length switch
        {
            4 => int.Parse(yearText, CultureInfo.InvariantCulture),
            2 => 2000 + int.Parse(yearText, CultureInfo.InvariantCulture),
            _ => letterDate.Year,
        };
        DayOfWeek? weekday = m.Groups["weekday"] is { Success: true } named ? Weekday(named.Value) : null;
        var valid = month is not null && day >= 1 && day <= DateTime.DaysInMonth(year, month.Value);
        DateOnly? date = valid ? new DateOnly(year, month!.Value, day) : null;
        if (date is { } d && yearText.Length == 0)
        {
            date =
                d < letterDate.AddMonths(-6) ? d.AddYears(1)
                : d > letterDate.AddMonths(6) ? d.AddYears(-1)
                : d;
        }

        return new LetterDate(
            date,
            weekday,
            m.Groups["ordinal"].Success,
            yearText.Length == 2,
            yearText.Length == 0,
            usOrder,
            Numeric: false,
            Invalid: !valid
        );
    }

    private static readonly string[] Weekdays = Enum.GetNames<DayOfWeek>();

    // What Enum.Parse(ignoreCase) gives for the pattern's weekday names, without reading the enum's metadata per
    // date (the native checker's Enum.Parse does).
    private static DayOfWeek? Weekday(string name)
    {
        for (var day = 0; day < Weekdays.Length; day++)
        {
            if (Weekdays[day].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)day;
            }
        }

        return null;
    }

    public static bool IsTwelveHourNoonOrMidnight(string time) =>
        Regex.IsMatch(time, @"^12(?:[:.]00)?\s?(?:am|pm|a\.m\.|p\.m\.)$", RegexOptions.IgnoreCase);

    public static bool IsTwentyFourHour(string time) =>
        DatePatterns.Time24().IsMatch(time) && !DatePatterns.Time12().IsMatch(time);
}
