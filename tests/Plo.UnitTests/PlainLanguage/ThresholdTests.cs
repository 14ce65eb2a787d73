using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>Where each threshold sits: exactly at it is fine, one past it is reported. The formulas with nothing to
/// count give their neutral value.</summary>
public class ThresholdTests
{
    private static string Words(int count, string word = "dog") =>
        string.Join(' ', Enumerable.Repeat(word, count)) + ".";

    [Theory]
    [InlineData(0, 5)]
    [InlineData(10, 0)]
    public void Formulas_with_no_words_or_no_sentences_give_their_neutral_value(int words, int sentences)
    {
        Assert.Equal(100, Readability.FleschReadingEase(words, sentences, 10));
        Assert.Equal(0, Readability.FleschKincaidGrade(words, sentences, 10));
        Assert.Equal(0, Readability.AutomatedReadability(40, words, sentences));
        Assert.Equal(0, Readability.GunningFog(words, sentences, 2));
        Assert.Equal(0, Readability.Lix(words, sentences, 2));
        Assert.Equal(0, Readability.DaleChall(2, words, sentences));
    }

    [Fact]
    public void Lix_is_words_per_sentence_plus_the_share_of_long_words() =>
        Assert.Equal(10 + 25, Readability.Lix(40, 4, 10), 6);

    [Fact]
    public void Dale_chall_adds_its_constant_only_past_five_percent_difficult_words()
    {
        Assert.Equal((0.1579 * 5) + (0.0496 * 10), Readability.DaleChall(5, 100, 10), 6);
        Assert.Equal((0.1579 * 6) + (0.0496 * 10) + 3.6365, Readability.DaleChall(6, 100, 10), 6);
    }

    [Fact]
    public void Smog_is_given_from_thirty_sentences() =>
        Assert.Equal((1.0430 * Math.Sqrt(30)) + 3.1291, Readability.Smog(30, 30)!.Value, 6);

    [Theory]
    [InlineData(20, null)]
    [InlineData(21, Severity.Info)]
    [InlineData(25, Severity.Info)]
    [InlineData(26, Severity.Warning)]
    [InlineData(35, Severity.Warning)]
    [InlineData(36, Severity.Error)]
    public void A_sentence_is_noted_from_21_words_warned_from_26_and_an_error_from_36(int words, Severity? expected)
    {
        var found = Check.Findings(Words(words), "R01");

        Assert.Equal(expected, found.Count == 0 ? null : found[0].Severity);
    }

    [Theory]
    [InlineData(20, null)]
    [InlineData(21, Severity.Warning)]
    [InlineData(25, Severity.Warning)]
    [InlineData(26, Severity.Error)]
    public void The_average_sentence_is_warned_past_20_words_and_an_error_past_25(int words, Severity? expected)
    {
        var text = string.Join(' ', Enumerable.Repeat(Words(words), 5));

        var found = Check.Findings(text, "R02");

        Assert.Equal(expected, found.Count == 0 ? null : found[0].Severity);
    }

    [Fact]
    public void The_average_needs_five_sentences() =>
        Assert.Empty(Check.Findings(string.Join(' ', Enumerable.Repeat(Words(30), 4)), "R02"));

    [Theory]
    [InlineData(5, 50, false)]
    [InlineData(6, 60, true)]
    [InlineData(1, 100, false)]
    [InlineData(1, 101, true)]
    public void A_paragraph_is_long_past_five_sentences_or_a_hundred_words(int sentences, int words, bool long_)
    {
        var text = string.Join(' ', Enumerable.Repeat(Words(words / sentences), sentences));

        var found = Check.Findings(text, "R19");

        Assert.Equal(long_, found.Count == 1);
        if (long_)
        {
            Assert.Equal($"This paragraph has {sentences} sentences and {words} words.", found[0].Message);
        }
    }

    [Fact]
    public void A_letter_is_long_past_1200_words()
    {
        var paragraphs = Enumerable.Repeat(Words(20), 60).ToList();

        Assert.Empty(Check.Findings(string.Join("\n\n", paragraphs), "R22"));
        var found = Assert.Single(Check.Findings(string.Join("\n\n", paragraphs.Append("Amy.")), "R22"));
        Assert.Equal("The letter has 1201 words. Keep it under 1200.", found.Message);
    }

    [Theory]
    [InlineData("There is a meeting on Friday.", "There is")]
    [InlineData("There were three visits.", "There were")]
    [InlineData("It is important that you come.", "It is important that")]
    [InlineData("So we will call you.", "So")]
    public void Empty_openers_are_noted_with_their_words(string text, string words)
    {
        var found = Assert.Single(Check.Findings(text, "R21"));

        Assert.Equal(words, found.Text);
        Assert.Equal("This opening adds words but no meaning.", found.Message);
    }

    [Theory]
    [InlineData("There.")]
    [InlineData("There it is.")]
    [InlineData("It is clear.")]
    [InlineData("It was good that you came.")]
    [InlineData("So.")]
    [InlineData("Sometimes we call you.")]
    public void Sentences_that_only_start_like_an_empty_opener_are_left_alone(string text) =>
        Assert.Empty(Check.Findings(text, "R21"));

    [Theory]
    [InlineData("Please bring the the letter.", true)]
    [InlineData("Please bring the, the letter.", false)]
    [InlineData("We met on 10 10 times.", false)]
    public void A_word_repeated_side_by_side_is_a_warning(string text, bool repeated) =>
        Assert.Equal(repeated, Check.Findings(text, "R20").Count == 1);

    [Fact]
    public void A_label_for_the_child_is_a_warning_but_the_children_act_is_a_law()
    {
        Assert.Contains(
            Check.Findings("We are worried about the child and Amy.", "R13"),
            f => f.Severity == Severity.Warning
        );
        Assert.Empty(Check.Findings("The Children Act says Amy must be safe.", "R13"));
    }

    [Fact]
    public void An_unborn_baby_not_named_is_asked_to_be_called_your_baby()
    {
        var meta = Check.Meta with { Kind = "letter-before-proceedings-unborn", ChildNames = [] };

        var found = Assert.Single(
            Check.Findings("We are worried about the birth.", "R13", meta),
            f => f.Severity == Severity.Error
        );

        Assert.Equal("The letter does not name the baby or say \"your baby\".", found.Message);
        Assert.Equal("Say \"your baby\".", found.Suggestion);
        Assert.Empty(Check.Findings("We are worried about your baby.", "R13", meta));
    }

    [Fact]
    public void A_child_not_named_is_told_the_name_to_use() =>
        Assert.Equal(
            "Use the name: Amy, Ben.",
            Assert.Single(Check.Findings("We are worried about them.", "R13")).Suggestion
        );
}
