using Plo.Domain.Calendar;

namespace Plo.UnitTests.Domain;

public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = new();

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Computes_easter_sunday(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Theory]
    [InlineData(2025, "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26")]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    [InlineData(
        2022,
        "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27"
    )]
    [InlineData(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28")]
    public void Lists_the_bank_holidays_with_substitute_days_and_one_offs(int year, string expected) =>
        Assert.Equal(expected.Split(' ').Select(DateOnly.Parse), EnglandAndWalesBankHolidays.For(year));

    [Theory]
    [InlineData("2026-12-23", 5, "2027-01-04")] // across Christmas, Boxing Day substitute and New Year
    [InlineData("2026-04-01", 3, "2026-04-08")] // across Good Friday and Easter Monday
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday to Monday
    [InlineData("2026-03-07", 0, "2026-03-07")]
    public void Adds_working_days(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), _calendar.AddWorkingDays(DateOnly.Parse(from), days));

    [Fact]
    public void Moves_a_date_on_a_holiday_to_the_next_working_day()
    {
        Assert.Equal(new DateOnly(2026, 4, 7), _calendar.OnOrNextWorkingDay(new DateOnly(2026, 4, 3)));
        Assert.Equal(new DateOnly(2026, 3, 10), _calendar.OnOrNextWorkingDay(new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public void Skips_a_configured_local_closure()
    {
        var calendar = new WorkingDayCalendar([new DateOnly(2026, 3, 10)]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.Equal(new DateOnly(2026, 3, 11), calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 1));
    }
}
