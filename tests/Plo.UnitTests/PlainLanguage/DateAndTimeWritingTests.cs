using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>R15 on how dates and times are written: each form a parent could misread, with its message.</summary>
public class DateAndTimeWritingTests
{
    [Theory]
    [InlineData("Please come on 12/03/2026 to see Amy.", Severity.Warning, "A date in numbers can be read two ways.")]
    [InlineData(
        "Please come on 12th March 2026 to see Amy.",
        Severity.Warning,
        "Write dates without st, nd, rd or th."
    )]
    [InlineData("Please come on March 12, 2026 to see Amy.", Severity.Warning, "Put the day before the month.")]
    [InlineData("Please come on 12 March 26 to see Amy.", Severity.Info, "Write the year in full.")]
    [InlineData("Please come on 30 February 2026 to see Amy.", Severity.Error, "This date does not exist.")]
    [InlineData("Please come at 12pm to see Amy.", Severity.Warning, "12am and 12pm are often misread.")]
    [InlineData("Please come at 14:30 to see Amy.", Severity.Warning, "Use the 12-hour clock.")]
    [InlineData("Please come from 10am-11am to see Amy.", Severity.Info, "Use \"to\" in a range of times.")]
    [InlineData(
        "Please call us within 5 working days about Amy.",
        Severity.Warning,
        "A deadline without a date is easy to miss."
    )]
    public void Each_misreadable_form_is_reported(string text, Severity severity, string message) =>
        Assert.Contains(Check.Findings(text, "R15"), f => f.Severity == severity && f.Message == message);

    [Fact]
    public void A_weekday_that_is_not_the_dates_is_an_error_with_the_right_one()
    {
        var found = Assert.Single(Check.Findings("Please come on Friday 12 March 2026 to see Amy.", "R15"));

        Assert.Equal(Severity.Error, found.Severity);
        Assert.Equal("12 March 2026 is a Thursday, not a Friday.", found.Message);
        Assert.Equal("Thursday 12 March 2026", found.Suggestion);
    }

    [Theory]
    [InlineData("Please come on Thursday 12 March 2026 at 2pm to see Amy.")]
    [InlineData("Please come from 10am to 11am to see Amy.")]
    [InlineData("We have 10-12 toys for Amy.")] // a range of numbers, not of times
    public void Well_written_dates_and_times_are_fine(string text) => Assert.Empty(Check.Findings(text, "R15"));
}
