using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

public class SyllableTests
{
    private static readonly SyllableCounter Counter = SyllableCounter.Default;

    [Theory]
    [InlineData("safeguarding", 3)]
    [InlineData("behaviour", 3)]
    [InlineData("area", 3)]
    [InlineData("every", 3)]
    [InlineData("chaotic", 3)]
    [InlineData("poem", 2)]
    [InlineData("solicitor", 4)]
    [InlineData("proceedings", 3)]
    [InlineData("worried", 2)]
    [InlineData("Amy", 2)]
    public void Uses_the_cmu_dictionary_first(string word, int syllables) =>
        Assert.Equal(syllables, Counter.Count(word));

    [Theory]
    [InlineData("offence", 2)]
    [InlineData("enquiries", 4)] // as CMU says "inquiries"
    [InlineData("programmes", 2)]
    [InlineData("prioritised", 4)]
    public void Maps_british_spellings(string word, int syllables) => Assert.Equal(syllables, Counter.Count(word));

    [Theory]
    [InlineData("PLO", 3)]
    [InlineData("GPs", 2)]
    [InlineData("WW", 6)]
    public void Spells_out_acronyms(string word, int syllables) => Assert.Equal(syllables, Counter.Count(word));

    [Theory]
    [InlineData("well-being", 3)]
    [InlineData("Amy's", 2)]
    public void Adds_up_hyphenated_words_and_possessives(string word, int syllables) =>
        Assert.Equal(syllables, Counter.Count(word));

    [Theory]
    [InlineData("cafcass", 2)]
    [InlineData("blorked", 1)]
    [InlineData("zanzibarian", 5)]
    [InlineData("flumpiest", 3)]
    [InlineData("snorbles", 2)]
    [InlineData("a", 1)]
    public void Falls_back_to_a_heuristic(string word, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Heuristic(word));

    private static readonly SyllableCounter Small = new(
        SyllableTable.Index(System.Text.Encoding.ASCII.GetBytes("1\tin law gran's\n2\tamy color mother\n"))
    );

    [Theory]
    [InlineData("cat", 1)] // three letters or fewer: one
    [InlineData("table", 2)] // a final -le is sounded
    [InlineData("make", 1)] // a silent final e
    [InlineData("agree", 2)] // a final -ee is sounded
    [InlineData("jumped", 1)] // a silent -ed
    [InlineData("wanted", 2)] // -ted is sounded
    [InlineData("needed", 2)] // -ded is sounded
    [InlineData("hopes", 1)] // a silent -es
    [InlineData("boxes", 2)] // -xes is sounded
    [InlineData("piano", 3)] // "ia" is two vowels
    [InlineData("nation", 2)] // but not after t
    [InlineData("happiest", 3)]
    [InlineData("rhythm", 1)]
    [InlineData("strengths", 1)]
    public void The_heuristic_counts_vowel_groups_with_the_common_english_exceptions(string word, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Heuristic(word));

    [Theory]
    [InlineData("NHS", 3)]
    [InlineData("WHO", 5)] // "double-u" is three
    public void An_acronym_is_spelt_out_letter_by_letter(string word, int syllables) =>
        Assert.Equal(syllables, Small.Count(word));

    [Theory]
    [InlineData("NHS", true)]
    [InlineData("GPs", true)]
    [InlineData("CAFCASS", false)] // seven letters: a word in capitals
    [InlineData("A", false)]
    [InlineData("Amy", false)]
    [InlineData("N1", false)]
    public void An_acronym_is_two_to_six_capitals_with_an_optional_plural(string word, bool acronym) =>
        Assert.Equal(acronym, SyllableCounter.IsAcronym(word));

    [Theory]
    [InlineData("colour", 2)] // British spelling found under its American one
    [InlineData("Amy", 2)] // the dictionary ignores case
    [InlineData("Amy's", 2)] // a possessive counts as its word
    [InlineData("gran’s", 1)] // a curly apostrophe is an apostrophe
    [InlineData("mother-in-law", 4)] // hyphenated parts add up
    [InlineData("'law'", 1)] // quotes around a word are not part of it
    public void The_dictionary_is_used_through_spellings_possessives_and_hyphens(string word, int syllables) =>
        Assert.Equal(syllables, Small.Count(word));

    [Fact]
    public void Punctuation_alone_has_no_syllables() => Assert.Equal(0, Small.Count("--"));

    [Fact]
    public void The_shipped_dictionary_knows_common_words() =>
        Assert.Equal(4, SyllableCounter.Default.Count("solicitor"));
}
