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
}
