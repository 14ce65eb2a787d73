using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void Phrases_are_found_longest_first_ignoring_case_unless_written_in_capitals()
    {
        var matcher = new PhraseMatcher<string>([("care plan", "plan"), ("care plan review", "review"), ("LA", "la")]);

        var found = matcher.Matches(Tokenizer.Tokenize("The Care Plan Review and the care plan: la or LA.")).ToList();

        Assert.Equal([(1, 3, "review"), (6, 2, "plan"), (10, 1, "la")], found);
    }

    /// <summary>Tokens carry their word's id from when they were made; a list made after them (a rule's static list
    /// first used in the middle of a check) must still find their words.</summary>
    [Fact]
    public void A_list_made_after_the_tokens_still_finds_their_words()
    {
        var word = $"zq{Guid.NewGuid():N}";
        var tokens = Tokenizer.Tokenize($"We met {word} today.");

        var matcher = new PhraseMatcher<bool>([($"{word} today", true)]);

        Assert.Equal([(2, 2, true)], matcher.Matches(tokens).ToList());
    }

    /// <summary>Word tokens share one entry per spelling, kept across letters; once a list names a word that entry is
    /// out of date, and a letter read afterwards must still find the word.</summary>
    [Fact]
    public void A_word_seen_before_a_list_named_it_is_found_in_later_letters()
    {
        var word = $"zq{Guid.NewGuid():N}";
        var before = Tokenizer.Tokenize($"Before {word} came.");

        var matcher = new PhraseMatcher<bool>([(word, true)]);
        var after = Tokenizer.Tokenize($"After {word} came.");

        Assert.Equal([(1, 1, true)], matcher.Matches(before).ToList());
        Assert.Equal([(1, 1, true)], matcher.Matches(after).ToList());
        Assert.Equal(before[1].Lower, after[1].Lower);
    }
}
