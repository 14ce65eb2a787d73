using Plo.Domain.Common;
using Plo.Domain.Journey;

namespace Plo.UnitTests.Domain;

public class WordsTests
{
    [Fact]
    public void Every_value_of_every_enum_the_record_holds_has_one_display_name()
    {
        var enums = typeof(Words).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();
        var unnamed = enums
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(v => !Words.IsNamed(v))
            .Select(v => $"{v.GetType().Name}.{v}")
            .ToList();

        Assert.Equal(enums.Select(t => t.Name).Order(), Words.Enums.Select(t => t.Name).Order());
        Assert.Empty(unnamed);
    }

    [Fact]
    public void Names_read_as_words()
    {
        Assert.Equal(
            "Family and friends viability assessment",
            Words.For(Plo.Domain.Planning.AssessmentKind.FamilyAndFriendsViability)
        );
        Assert.Equal("Proceedings issued", Words.For(ExitGroup.ProceedingsIssued));
        Assert.Equal("Monday 2 March 2026", Words.Date(new DateOnly(2026, 3, 2)));
        Assert.Equal("2 Mar 2026", Words.ShortDate(new DateOnly(2026, 3, 2)));
    }
}
