using Plo.Application.Common.Validation;
using Plo.Domain.Meetings;

namespace Plo.UnitTests.Application.Validation;

public class RequestShapeTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    public sealed record Inner(string Name, DateOnly? When);

    public sealed record Message(
        string Title,
        string? Note,
        Inner Required,
        Inner? Optional,
        IReadOnlyList<Inner> Items,
        IReadOnlyList<Guid>? Ids,
        ActionResult Result,
        DateOnly On,
        [property: FreeText(1)] string? Pasted = null
    );

    private static Message Valid() =>
        new("Title", null, new Inner("A", null), null, [new Inner("B", Today)], null, ActionResult.Done, Today);

    private static Dictionary<string, string> Errors(Message message) =>
        RequestShape.Check(message, Today).ToDictionary(f => f.PropertyName, f => f.ErrorMessage);

    [Fact]
    public void A_sound_message_passes() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Names_each_null_where_a_value_is_always_expected()
    {
        var errors = Errors(Valid() with { Title = null!, Required = null!, Items = [new Inner(null!, null), null!] });

        Assert.Equal(["items[0].name", "items[1]", "required", "title"], errors.Keys.Order());
    }

    [Fact]
    public void Leaves_optional_values_alone() =>
        Assert.Empty(Errors(Valid() with { Note = null, Optional = null, Ids = null }));

    [Fact]
    public void Lists_the_allowed_values_of_an_unknown_enum_value()
    {
        var errors = Errors(Valid() with { Result = (ActionResult)42 });

        Assert.Equal("Use one of: done, notDone, carriedOn.", errors["result"]);
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(2028, 3, 3)]
    [InlineData(9999, 12, 31)]
    public void Refuses_dates_before_1900_or_more_than_two_years_ahead(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.Contains("on", Errors(Valid() with { On = date }).Keys);
        Assert.Contains("items[0].when", Errors(Valid() with { Items = [new Inner("B", date)] }).Keys);
    }

    [Fact]
    public void Accepts_the_boundary_dates()
    {
        Assert.Empty(Errors(Valid() with { On = new DateOnly(1900, 1, 1) }));
        Assert.Empty(Errors(Valid() with { On = Today.AddYears(2) }));
    }

    [Theory]
    [InlineData("Amy\u202Eevil")]
    [InlineData("Amy\u0000")]
    [InlineData("Amy\u001B[31m")]
    [InlineData("Am\u200By")]
    [InlineData("Amy\u2066")]
    public void Refuses_hidden_and_control_characters_in_any_field(string text) =>
        Assert.Contains("note", Errors(Valid() with { Note = text }).Keys);

    [Fact]
    public void Keeps_line_breaks_and_tabs_in_prose() =>
        Assert.Empty(Errors(Valid() with { Note = "First line.\r\n\tSecond line." }));

    [Fact]
    public void Refuses_text_over_the_stored_limit_but_lets_pasted_letters_run_to_their_own()
    {
        Assert.Contains("note", Errors(Valid() with { Note = new string('a', 4001) }).Keys);
        Assert.Empty(Errors(Valid() with { Pasted = new string('a', 1000) + "\f\u200B" }));
        Assert.Contains("pasted", Errors(Valid() with { Pasted = new string('a', 1025) }).Keys);
    }

    [Theory]
    [InlineData("Amy", true)]
    [InlineData("Zoë O'Brien-Wójcik", true)]
    [InlineData("Ami\u200Dr", false)]
    [InlineData("Amy\nSmith", false)]
    public void Names_are_stricter_than_prose(string name, bool clean) =>
        Assert.Equal(clean, TextRules.IsCleanName(name));
}
