namespace Plo.Domain.Calendar;

/// <summary>
/// Bank holidays in England and Wales, computed: New Year's Day, Good Friday, Easter Monday,
/// the early May, spring and summer Mondays, Christmas and Boxing Day, with substitute days
/// when a fixed holiday falls at a weekend. One-off changes made by proclamation are listed below.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>Regular holidays moved or cancelled by proclamation.</summary>
    private static readonly HashSet<DateOnly> Cancelled =
    [
        new(2012, 5, 28), // spring holiday moved to 4 June (Diamond Jubilee)
        new(2020, 5, 4), // early May holiday moved to 8 May (VE Day 75)
        new(2022, 5, 30), // spring holiday moved to 2 June (Platinum Jubilee)
    ];

    /// <summary>One-off holidays added by proclamation.</summary>
    private static readonly HashSet<DateOnly> Added =
    [
        new(2012, 6, 4),
        new(2012, 6, 5),
        new(2020, 5, 8),
        new(2022, 6, 2),
        new(2022, 6, 3),
        new(2022, 9, 19),
        new(2023, 5, 8),
    ];

    public static IEnumerable<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var regular = new[]
        {
            SubstituteIfWeekend(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        }.Concat(ChristmasAndBoxingDay(year));

        return regular.Where(d => !Cancelled.Contains(d)).Concat(Added.Where(d => d.Year == year)).Order();
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19,
            b = year / 100,
            c = year % 100,
            d = b / 4,
            e = b % 4;
        int f = (b + 8) / 25,
            g = (b - f + 1) / 3,
            h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4,
            k = c % 4,
            l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31,
            day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static IEnumerable<DateOnly> ChristmasAndBoxingDay(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => [christmas, new DateOnly(year, 12, 28)], // Boxing Day on Saturday → Monday
            DayOfWeek.Saturday => [new DateOnly(year, 12, 27), new DateOnly(year, 12, 28)], // → Monday and Tuesday
            // Boxing Day Monday, Christmas → Tuesday
            DayOfWeek.Sunday => [new DateOnly(year, 12, 26), new DateOnly(year, 12, 27)],
            _ => [christmas, new DateOnly(year, 12, 26)],
        };
    }

    private static DateOnly SubstituteIfWeekend(DateOnly date) =>
        date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(2),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
