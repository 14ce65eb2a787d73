using System.Globalization;

namespace Plo.Application.Letters.Model;

/// <summary>GOV.UK style for dates and times in letters: "Tuesday 10 March 2026", "10am", "2:30pm".</summary>
public static class LetterFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", English);

    public static string Time(TimeOnly time)
    {
        if (time == new TimeOnly(12, 0))
        {
            return "midday";
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var half = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0
            ? string.Create(English, $"{hour}{half}")
            : string.Create(English, $"{hour}:{time.Minute:00}{half}");
    }

    /// <summary>"Amy", "Amy and Ben", "Amy, Ben and Cara".</summary>
    public static string List(IReadOnlyList<string> names) =>
        names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
}
