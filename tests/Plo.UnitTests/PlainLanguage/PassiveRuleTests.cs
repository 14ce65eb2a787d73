using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>R08: passives that hide who acts, told apart from adjectives, events and active sentences.</summary>
public class PassiveRuleTests
{
    [Fact]
    public void A_council_decision_in_the_passive_without_who_is_a_warning_naming_the_words()
    {
        var finding = Assert.Single(
            Check.Findings("It was decided that Amy should stay with her gran.", "R08"),
            f => f.Length > 0
        );

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("was decided", finding.Text);
        Assert.Equal("This passive hides who decided or who will act.", finding.Message);
        Assert.Equal("Say who does it: \"We have decided…\", \"We will ask…\".", finding.Suggestion);
    }

    [Fact]
    public void A_passive_after_a_council_subject_is_a_warning()
    {
        var finding = Assert.Single(
            Check.Findings("The referral was passed on last week, and you can ask why.", "R08"),
            f => f.Length > 0
        );

        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void A_passive_that_says_who_acted_is_only_a_note()
    {
        var finding = Assert.Single(
            Check.Findings("The plan was agreed by you and Amy's dad.", "R08"),
            f => f.Length > 0
        );

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("This may be a passive.", finding.Message);
        Assert.Equal("Consider the active voice: who does what.", finding.Suggestion);
    }

    [Theory]
    [InlineData("Amy was seen at school.", "was seen")]
    [InlineData("Amy was not visited.", "was not visited")]
    [InlineData("Amy has been already quickly moved.", "been already quickly moved")]
    [InlineData("Amy got hurt on Friday.", "got hurt")]
    public void A_form_of_be_or_get_up_to_two_adverbs_and_a_participle_is_a_passive(string text, string words) =>
        Assert.Contains(Check.Findings(text, "R08"), f => f.Text == words);

    [Theory]
    [InlineData("We are worried about Amy.")] // an adjective
    [InlineData("Amy is seven.")] // "seven" ends in -en but is not a participle
    [InlineData("Amy was very very very tired.")] // three adverbs, and an adjective
    [InlineData("Amy is in the kitchen.")]
    [InlineData("Amy was red in the face.")] // too short a word to be a participle
    [InlineData("Amy is only happy at home.")]
    public void Adjectives_and_words_that_only_look_like_participles_are_not_passives(string text) =>
        Assert.Empty(Check.Findings(text, "R08"));

    [Fact]
    public void One_passive_sentence_in_ten_is_fine_more_is_a_warning_and_over_a_quarter_an_error()
    {
        const string Active = "We saw Amy. You love Amy. Amy loves school. We will help you. Please call us. ";

        Assert.DoesNotContain(
            Check.Findings(Active + Active + "Amy was seen by the nurse.", "R08"),
            f => f.Message.Contains("sentences use the passive")
        );
        var some = Assert.Single(
            Check.Findings(Active + Active + "Amy was seen by the nurse. Amy was seen by her gran.", "R08"),
            f => f.Message.Contains("sentences use the passive")
        );
        var most = Assert.Single(
            Check.Findings(Active + "Amy was seen by the nurse. Amy was seen by her gran.", "R08"),
            f => f.Message.Contains("sentences use the passive")
        );
        Assert.Equal(Severity.Warning, some.Severity);
        Assert.Equal("2 of 12 sentences use the passive. Aim for no more than 10%.", some.Message);
        Assert.Equal(Severity.Error, most.Severity);
    }
}
