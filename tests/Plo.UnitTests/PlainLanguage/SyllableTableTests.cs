using System.Text;
using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

public sealed class SyllableTableTests
{
    private static SyllableTable Of(string list) => SyllableTable.Index(Encoding.ASCII.GetBytes(list));

    [Fact]
    public void Every_word_of_the_shipped_list_has_its_lines_count()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PlainLanguage", "cmu-syllables.txt");
        var bytes = File.ReadAllBytes(path);
        var table = SyllableTable.Index(bytes);
        var expected = File.ReadLines(path)
            .SelectMany(line =>
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var count = byte.Parse(line.AsSpan(0, tab), provider: null);
                return line[(tab + 1)..].Split(' ').Select(word => (word, count));
            })
            .ToList();

        Assert.Equal(expected.Count, table.Count);
        Assert.True(expected.Count > 120_000);
        Assert.All(
            expected,
            e =>
            {
                Assert.True(table.TryGet(e.word, out var found), e.word);
                Assert.Equal(e.count, found);
            }
        );
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("cats", 1)]
    [InlineData("garden", 2)]
    [InlineData("children's", 2)]
    [InlineData("well-being", 3)]
    [InlineData("photosynthesis", 5)]
    public void Words_are_found_at_the_start_middle_and_end_of_a_line(string word, byte count)
    {
        var table = Of("1\tcat cats\n2\tchildren's garden\n3\twell-being\n5\tphotosynthesis\n");

        Assert.True(table.TryGet(word, out var found));
        Assert.Equal(count, found);
        Assert.Equal(6, table.Count);
    }

    [Theory]
    [InlineData("ca")]
    [InlineData("catss")]
    [InlineData("")]
    [InlineData("gard")]
    [InlineData("siân")]
    [InlineData("CAT")]
    [InlineData("1")]
    public void A_prefix_a_longer_word_a_capital_or_a_non_ascii_letter_is_not_a_match(string word)
    {
        var table = Of("1\tcat cats\n2\tgarden\n");

        Assert.False(table.TryGet(word, out var found));
        Assert.Equal(0, found);
    }

    [Fact]
    public void A_count_of_two_digits_is_read_whole()
    {
        var table = Of("12\tsupercalifragilistic\n");

        Assert.True(table.TryGet("supercalifragilistic", out var found));
        Assert.Equal(12, found);
    }

    [Theory]
    [InlineData("0\tnothing\n")]
    [InlineData("16\tlonger\n")]
    public void A_count_the_table_cannot_hold_is_refused(string list) =>
        Assert.Throws<InvalidDataException>(() => Of(list));
}
