using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>Reading a date back as a parent would: the day, the weekday it claims, and how it is written.</summary>
public class LetterDateTests
{
    private static readonly DateOnly Letter = new(2026, 3, 2);

    [Fact]
    public void A_long_date_with_its_weekday_is_read_whole()
    {
        var date = LetterDate.Parse("Thursday 12 March 2026", Letter)!;

        Assert.Equal(new DateOnly(2026, 3, 12), date.Date);
        Assert.Equal(DayOfWeek.Thursday, date.ClaimedWeekday);
        Assert.False(date.WeekdayMismatch);
        Assert.False(
            date.HasOrdinal || date.TwoDigitYear || date.NoYear || date.UsOrder || date.Numeric || date.Invalid
        );
    }

    [Fact]
    public void A_weekday_that_does_not_fall_on_the_date_is_a_mismatch() =>
        Assert.True(LetterDate.Parse("Tuesday 12 March 2026", Letter)!.WeekdayMismatch);

    [Fact]
    public void A_date_without_a_weekday_claims_none() =>
        Assert.Null(LetterDate.Parse("12 March 2026", Letter)!.ClaimedWeekday);

    [Theory]
    [InlineData("12th March 2026", true, false)]
    [InlineData("12 March 26", false, true)]
    public void Ordinals_and_two_digit_years_are_noted(string text, bool ordinal, bool twoDigitYear)
    {
        var date = LetterDate.Parse(text, Letter)!;

        Assert.Equal(new DateOnly(2026, 3, 12), date.Date);
        Assert.Equal(ordinal, date.HasOrdinal);
        Assert.Equal(twoDigitYear, date.TwoDigitYear);
    }

    [Theory]
    [InlineData("12 March", 2026, 3, 12)]
    [InlineData("20 December", 2025, 12, 20)] // within six months before the letter
    [InlineData("1 August", 2026, 8, 1)] // within six months after
    [InlineData("10 September", 2025, 9, 10)] // more than six months ahead: last year
    public void A_date_without_a_year_is_the_nearest_one_to_the_letter(string text, int year, int month, int day)
    {
        var date = LetterDate.Parse(text, Letter)!;

        Assert.True(date.NoYear);
        Assert.Equal(new DateOnly(year, month, day), date.Date);
    }

    [Fact]
    public void A_date_without_a_year_long_before_the_letter_is_next_year() =>
        Assert.Equal(new DateOnly(2028, 3, 20), LetterDate.Parse("20 March", new DateOnly(2027, 11, 1))!.Date);

    [Fact]
    public void A_month_day_order_is_read_and_noted()
    {
        var date = LetterDate.Parse("March 12, 2026", Letter)!;

        Assert.True(date.UsOrder);
        Assert.Equal(new DateOnly(2026, 3, 12), date.Date);
    }

    [Theory]
    [InlineData("12/03/2026")]
    [InlineData("12.03.26")]
    public void A_numeric_date_is_noted_and_not_read(string text)
    {
        var date = LetterDate.Parse(text, Letter)!;

        Assert.True(date.Numeric);
        Assert.Null(date.Date);
    }

    [Theory]
    [InlineData("30 February 2026")]
    [InlineData("31 April 2026")]
    [InlineData("0 March 2026")]
    public void A_day_the_month_does_not_have_is_invalid(string text)
    {
        var date = LetterDate.Parse(text, Letter)!;

        Assert.True(date.Invalid);
        Assert.Null(date.Date);
    }

    [Fact]
    public void A_leap_day_is_valid_in_a_leap_year_only()
    {
        Assert.False(LetterDate.Parse("29 February 2028", Letter)!.Invalid);
        Assert.True(LetterDate.Parse("29 February 2027", Letter)!.Invalid);
    }

    [Fact]
    public void Text_that_is_not_a_date_is_nothing() => Assert.Null(LetterDate.Parse("next week", Letter));

    [Theory]
    [InlineData("12pm", true)]
    [InlineData("12:00 am", true)]
    [InlineData("12.00pm", true)]
    [InlineData("12:30pm", false)]
    [InlineData("11am", false)]
    public void Twelve_o_clock_with_am_or_pm_is_ambiguous(string time, bool ambiguous) =>
        Assert.Equal(ambiguous, LetterDate.IsTwelveHourNoonOrMidnight(time));

    [Theory]
    [InlineData("14:30", true)]
    [InlineData("2:30pm", false)]
    [InlineData("10am", false)]
    public void A_twenty_four_hour_time_is_told_from_a_twelve_hour_one(string time, bool twentyFour) =>
        Assert.Equal(twentyFour, LetterDate.IsTwentyFourHour(time));
}
