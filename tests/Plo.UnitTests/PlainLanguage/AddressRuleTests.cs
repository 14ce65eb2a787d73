using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>R12: a letter speaks to the parent as "you" and for the council as "we".</summary>
public class AddressRuleTests
{
    [Fact]
    public void A_letter_that_never_says_you_is_an_error()
    {
        var finding = Assert.Single(
            Check.Findings("The mother must keep Amy safe. The council will help.", "R12"),
            f => f.Severity == Severity.Error
        );

        Assert.Equal("The letter never speaks to the reader as \"you\".", finding.Message);
    }

    [Theory]
    [InlineData("You're welcome to bring Amy.")]
    [InlineData("Please bring yourself and Amy.")]
    [InlineData("We will call you about Amy.")]
    public void Any_form_of_you_speaks_to_the_reader(string text) =>
        Assert.DoesNotContain(Check.Findings(text, "R12"), f => f.Severity == Severity.Error);

    [Fact]
    public void Few_sentences_that_speak_to_you_is_a_note()
    {
        const string Text =
            "We saw Amy. Amy was happy. Amy likes school. Amy likes her gran. Please call us if you can.";

        var note = Assert.Single(Check.Findings(Text, "R12"));
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal("Only 1 of 5 sentences speak to \"you\".", note.Message);
        Assert.Empty(Check.Findings("We saw Amy. You were kind to Amy. Please call us if you can.", "R12"));
    }

    [Theory]
    [InlineData("The mother must keep Amy safe, and you can help.", "The mother")]
    [InlineData("We will talk to the parents about Amy and you.", "the parents")]
    [InlineData("Ms Example must keep Amy safe, and you can help.", "Ms Example")]
    public void The_reader_named_in_the_third_person_is_a_warning(string text, string words)
    {
        var finding = Assert.Single(Check.Findings(text, "R12"), f => f.Severity == Severity.Warning);

        Assert.Equal(words, finding.Text);
        Assert.Equal("This names the reader in the third person.", finding.Message);
        Assert.Equal("Write \"you\".", finding.Suggestion);
    }

    [Theory]
    [InlineData("Your mother can help you with Amy.")] // a possessive: someone else's mother
    [InlineData("The family court could decide where Amy lives, and you can go.")] // the family as a thing
    [InlineData("The Family Hub will help you with Amy.")] // a place
    [InlineData("Mr Jones from the school will call you about Amy.")] // not the reader's surname
    public void Other_people_and_things_are_not_the_reader_in_the_third_person(string text) =>
        Assert.DoesNotContain(Check.Findings(text, "R12"), f => f.Severity == Severity.Warning);

    [Fact]
    public void The_council_named_as_a_third_party_more_than_once_is_a_warning_each_time()
    {
        var twice = Check.Findings("The local authority is worried about Amy. The council will help you.", "R12");
        var once = Check.Findings("The council will help you and Amy.", "R12");

        Assert.Equal(2, twice.Count(f => f.Message == "The council is named in the third person."));
        Assert.All(twice, f => Assert.Equal("Write \"we\".", f.Suggestion));
        Assert.Empty(once);
    }
}
