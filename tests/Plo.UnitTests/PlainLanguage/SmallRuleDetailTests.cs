using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>Double negatives, acronyms, the per-rule cap and meeting notice, at their edges.</summary>
public class SmallRuleDetailTests
{
    [Theory]
    [InlineData("It is not unlikely that Amy will come.", "not unlikely")]
    [InlineData("You cannot do nothing for Amy.", "cannot do nothing")]
    public void Two_negatives_close_together_in_one_clause_are_a_warning(string text, string words)
    {
        var found = Assert.Single(Check.Findings(text, "R11"));

        Assert.Equal(words, found.Text);
        Assert.Equal(Severity.Warning, found.Severity);
    }

    [Theory]
    [InlineData("It is not true, and nothing else is.")] // split by a comma
    [InlineData("We did not see Amy at school or at home or at the park or anywhere that day, nobody did.")]
    [InlineData("We do not know.")] // one negative
    [InlineData("It is not a problem that the sky is blue and the sea is never calm.")] // too far apart
    public void Negatives_in_different_clauses_far_apart_or_alone_are_fine(string text) =>
        Assert.Empty(Check.Findings(text, "R11"));

    [Theory]
    [InlineData("We will hold a family group conference (FGC) for Amy. The FGC is soon.")]
    [InlineData("We will hold an FGC (family group conference) for Amy. The FGC is soon.")]
    public void An_acronym_defined_at_first_use_is_no_error(string text) =>
        Assert.DoesNotContain(Check.Findings(text, "R07"), f => f.Severity == Severity.Error);

    [Theory]
    [InlineData("Amy saw two GPs and the GP was kind.")]
    public void A_plural_acronym_is_the_same_acronym(string text) => Assert.Empty(Check.Findings(text, "R07"));

    [Fact]
    public void An_acronym_defined_but_used_once_is_a_note_to_write_it_out()
    {
        var found = Assert.Single(Check.Findings("We will hold a family group conference (FGC) for Amy.", "R07"));

        Assert.Equal(Severity.Info, found.Severity);
        Assert.Equal("\"FGC\" is used only once.", found.Message);
    }

    [Fact]
    public void A_rule_lists_fifty_places_and_then_says_how_many_more()
    {
        var text = string.Join(' ', Enumerable.Range(0, 53).Select(_ => "So we go."));

        var found = Check.Findings(text, "R21");

        Assert.Equal(51, found.Count);
        Assert.Equal("3 more like this are not listed.", found[^1].Message);
        Assert.Equal(Severity.Info, found[^1].Severity);
        var fifty = Check.Findings(string.Join(' ', Enumerable.Range(0, 50).Select(_ => "So we go.")), "R21");
        Assert.Equal(50, fifty.Count);
        Assert.DoesNotContain(fifty, f => f.Message.Contains("more like this", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2026, 3, 9, true)] // four working days' notice
    [InlineData(2026, 3, 10, false)] // five
    public void A_meeting_needs_five_working_days_notice(int year, int month, int day, bool warned)
    {
        var meta = Check.Meta with { Kind = "letter-before-proceedings", MeetingDate = new DateOnly(year, month, day) };

        var found = Check.Findings("Please come to the meeting about Amy.", "R15", meta);

        Assert.Equal(warned, found.Any(f => f.Message.Contains("working days' notice", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_meeting_on_the_letters_own_date_is_an_error()
    {
        var meta = Check.Meta with { Kind = "letter-before-proceedings", MeetingDate = new DateOnly(2026, 3, 2) };

        Assert.Contains(
            Check.Findings("Please come to the meeting about Amy on Monday 2 March 2026.", "R15", meta),
            f => f.Severity == Severity.Error && f.Message.Contains("is not after the letter's date")
        );
    }
}
