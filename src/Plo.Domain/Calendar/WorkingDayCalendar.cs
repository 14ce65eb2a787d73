namespace Plo.Domain.Calendar;

/// <summary>Working days in England and Wales: not a weekend, not a bank holiday, not a local one-off
/// closure.</summary>
public sealed class WorkingDayCalendar(IEnumerable<DateOnly>? extraHolidays = null)
{
    private readonly HashSet<DateOnly> _extra = [.. extraHolidays ?? []];
    private readonly Dictionary<int, HashSet<DateOnly>> _byYear = [];
    private readonly Lock _lock = new();

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_extra.Contains(date)
        && !HolidaysIn(date.Year).Contains(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (from itself not
    /// counted).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The date <paramref name="days"/> working days before <paramref name="from"/>.</summary>
    public DateOnly SubtractWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(-1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>How many working days after <paramref name="from"/> <paramref name="to"/> falls (0 when not after
    /// it).</summary>
    public int WorkingDaysAfter(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            count += IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The date itself if it is a working day, otherwise the next one.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private HashSet<DateOnly> HolidaysIn(int year)
    {
        lock (_lock)
        {
            if (!_byYear.TryGetValue(year, out var holidays))
            {
                _byYear[year] = holidays = [.. EnglandAndWalesBankHolidays.For(year)];
            }

            return holidays;
        }
    }
}
