using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>What R03 (reading level), R05 (long words) and R10 (verbs turned into nouns) report, and when.</summary>
public class ReadingAndWordRuleTests
{
    private const string Hard =
        "Notwithstanding considerable organisational difficulties, comprehensive interdisciplinary consultation "
        + "regarding Amy necessitates additional documentation. ";

    [Fact]
    public void Easy_text_has_no_reading_level_finding() =>
        Assert.Empty(Check.Findings("We are worried about Amy. Please come to see us. We want to help you.", "R03"));

    [Fact]
    public void Hard_text_is_a_warning_when_short_and_an_error_from_a_hundred_words()
    {
        var shortText = Assert.Single(Check.Findings(Hard, "R03"));
        var longText = Assert.Single(Check.Findings(string.Concat(Enumerable.Repeat(Hard, 10)), "R03"));

        Assert.Equal(Severity.Warning, shortText.Severity);
        Assert.Equal(Severity.Error, longText.Severity);
        Assert.StartsWith("Reading age ", longText.Message, StringComparison.Ordinal);
        Assert.Contains("Aim for a reading age of 11 or less and reading ease of 70 or more.", longText.Message);
        Assert.Equal("Use shorter sentences and everyday words.", longText.Suggestion);
    }

    [Fact]
    public void A_long_word_is_reported_once_with_its_syllables_and_a_plainer_word_when_there_is_one()
    {
        var findings = Check.Findings(
            "We need the documentation. Bring the documentation to Amy's school. Please cooperate.",
            "R05"
        );

        var documentation = Assert.Single(findings, f => f.Text == "documentation");
        Assert.Equal(Severity.Info, documentation.Severity);
        Assert.Equal("\"documentation\" is a long word (5 syllables).", documentation.Message);
        Assert.DoesNotContain(findings, f => f.Text == "cooperate" && f.Severity > Severity.Info);
    }

    [Theory]
    [InlineData("Please ask your solicitor about Amy.")] // allowed long word
    [InlineData("Amy goes to Westminster Academy on Mondays.")] // a proper name mid-sentence
    [InlineData("Please call us about Amy before Wednesday.")] // three syllables at most
    public void Allowed_words_names_and_short_words_are_not_long_words(string text) =>
        Assert.DoesNotContain(Check.Findings(text, "R05"), f => f.Length > 0);

    [Fact]
    public void Too_many_words_of_three_syllables_is_a_warning()
    {
        var findings = Check.Findings("Amy's family cannot remember every holiday yesterday.", "R05");

        Assert.Contains(findings, f => f.Severity == Severity.Warning && f.Message.Contains("3 or more syllables"));
        Assert.DoesNotContain(
            Check.Findings("We are worried about Amy. We will help you.", "R05"),
            f => f.Severity == Severity.Warning
        );
    }

    [Fact]
    public void A_known_noun_after_a_light_verb_suggests_its_verb()
    {
        var finding = Assert.Single(
            Check.Findings("We will carry out an assessment of how you care for Amy.", "R10"),
            f => f.Severity == Severity.Info
        );

        Assert.Equal("carry out an assessment", finding.Text);
        Assert.Equal("A verb hides in this noun.", finding.Message);
        Assert.Equal("Use the verb: assess.", finding.Suggestion);
    }

    [Theory]
    [InlineData("We will give consideration to what Amy wants.", "give consideration")]
    [InlineData("The team made the provision for Amy.", "made the provision")]
    [InlineData("We made your application for Amy.", "made your application")]
    public void Light_verbs_with_or_without_an_article_before_a_noun_made_from_a_verb_are_found(
        string text,
        string words
    ) => Assert.Contains(Check.Findings(text, "R10"), f => f.Text == words);

    [Theory]
    [InlineData("We made an appointment for Amy.")] // in the not-nominal list
    [InlineData("We took Amy to the hospital.")] // no noun after the light verb
    [InlineData("We gave Amy a meal.")] // "meal" is too short to be a made-up noun
    [InlineData("We have evidence.")]
    public void Ordinary_nouns_after_light_verbs_are_left_alone(string text) =>
        Assert.Empty(Check.Findings(text, "R10"));

    [Fact]
    public void Many_nominalisations_for_the_length_of_the_letter_is_a_warning()
    {
        const string Dense =
            "We made a decision. We took action. We gave consideration. We carried out an assessment for Amy.";

        var warning = Assert.Single(Check.Findings(Dense, "R10"), f => f.Severity == Severity.Warning);
        Assert.Matches(@"^\d+ verbs turned into nouns in \d+ words\. Use the verbs\.$", warning.Message);
        Assert.DoesNotContain(
            Check.Findings(
                "We will carry out an assessment for Amy. " + string.Concat(Enumerable.Repeat("We love Amy. ", 12)),
                "R10"
            ),
            f => f.Severity == Severity.Warning
        );
    }
}
