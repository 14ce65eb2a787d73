using System.Globalization;
using System.Text.RegularExpressions;

namespace Plo.PlainLanguage.Text;

/// <summary>Date and time shapes found in letters, good and bad (GOV.UK style: "Tuesday 4 June 2024",
/// "10:30am").</summary>
public static partial class DatePatterns
{
    private const string Weekday = @"(?<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+";
    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private const string Month = @"(?<month>" + MonthNames + @")\b\.?";

    public const string LongDatePattern =
        @"(?:"
        + Weekday
        + @")?(?:the\s+)?(?<day>\d{1,2})(?<ordinal>st|nd|rd|th)?(?:\s+of)?\s+"
        + Month
        + @"(?:,?\s+(?<year>\d{4}|'?\d{2}))?(?![\w])";

    public const string UsDatePattern =
        @"(?:"
        + Weekday
        + @")?"
        + Month
        + @"\s+(?<day>\d{1,2})(?<ordinal>st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?(?![\w])";
    public const string NumericDatePattern = @"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b";
    public const string Time12Pattern =
        @"\b(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\d))?\s?(?<half>am|pm|a\.m\.|p\.m\.)(?!\w)";
    public const string Time24Pattern = @"\b(?<hour>[01]?\d|2[0-3])[:.](?<minute>[0-5]\d)(?:\s?hrs)?\b";

    [GeneratedRegex(LongDatePattern, RegexOptions.IgnoreCase)]
    public static partial Regex LongDate();

    [GeneratedRegex(UsDatePattern, RegexOptions.IgnoreCase)]
    public static partial Regex UsDate();

    /// <summary>A month's name as the written dates have it (same words, same case rules): a paragraph without one
    /// holds neither kind of written date.</summary>
    [GeneratedRegex(@"(?:" + MonthNames + @")\b", RegexOptions.IgnoreCase)]
    public static partial Regex MonthName();

    [GeneratedRegex(NumericDatePattern)]
    public static partial Regex NumericDate();

    [GeneratedRegex(Time12Pattern, RegexOptions.IgnoreCase)]
    public static partial Regex Time12();

    [GeneratedRegex(Time24Pattern, RegexOptions.IgnoreCase)]
    public static partial Regex Time24();

    [GeneratedRegex(
        @"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\s?[-–]\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b",
        RegexOptions.IgnoreCase
    )]
    public static partial Regex HyphenRange();

    public static int? MonthNumber(string month)
    {
        var key = month.TrimEnd('.').ToLowerInvariant();
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (
                names[i].StartsWith(key[..Math.Min(3, key.Length)], StringComparison.OrdinalIgnoreCase)
                && key.Length >= 3
            )
            {
                return i + 1;
            }
        }

        return null;
    }
}
