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

    /// <summary>The slots shipped beside the list are the ones the list gives. After changing the list, run this test
    /// with PLO_WRITE_SYLLABLE_SLOTS=1 to write them again.</summary>
    [Fact]
    public void The_shipped_slots_are_built_from_the_shipped_list()
    {
        var list = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "PlainLanguage", "cmu-syllables.txt"));
        using var expected = new MemoryStream();
        SyllableTable.WriteSlots(list, expected);
        if (Environment.GetEnvironmentVariable("PLO_WRITE_SYLLABLE_SLOTS") == "1")
        {
            File.WriteAllBytes(ShippedSlotsPath(), expected.ToArray());
            return; // the library embeds the new slots when it is next built
        }

        using var shipped = typeof(SyllableTable).Assembly.GetManifestResourceStream(
            "Plo.PlainLanguage.cmu-syllables.slots"
        )!;
        using var actual = new MemoryStream();
        shipped.CopyTo(actual);

        Assert.True(
            expected.ToArray().AsSpan().SequenceEqual(actual.ToArray()),
            "cmu-syllables.slots is not built from cmu-syllables.txt: run this test with PLO_WRITE_SYLLABLE_SLOTS=1."
        );
    }

    [Fact]
    public void The_shipped_table_is_read_where_it_was_mapped_and_finds_what_an_index_built_here_finds()
    {
        var shipped = Plo.PlainLanguage.Text.SyllableCounter.Default.Table;
        var built = SyllableTable.Index(
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "PlainLanguage", "cmu-syllables.txt"))
        );

        Assert.True(shipped.IsMapped);
        Assert.False(built.IsMapped);
        Assert.Equal(built.Count, shipped.Count);
        foreach (var word in new[] { "cat", "children's", "photosynthesis", "zz", "well-being", "council" })
        {
            Assert.Equal(built.TryGet(word, out var a), shipped.TryGet(word, out var b));
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public unsafe void Slots_are_refused_for_a_list_they_were_not_built_from()
    {
        var list = Encoding.ASCII.GetBytes("1\tcat cats\n2\tgarden\n");
        var other = Encoding.ASCII.GetBytes("1\tcat dogs cats\n2\tgarden\n");
        using var written = new MemoryStream();
        SyllableTable.WriteSlots(list, written);
        var slots = written.ToArray();

        fixed (
            byte* l = list,
                o = other,
                s = slots
        )
        {
            var table = SyllableTable.Over(l, list.Length, s, slots.Length);
            Assert.NotNull(table);
            Assert.True(table.TryGet("garden", out var garden));
            Assert.Equal(2, garden);
            Assert.Null(SyllableTable.Over(o, other.Length, s, slots.Length));
            Assert.Null(SyllableTable.Over(l, list.Length, s, slots.Length - 4));
        }
    }

    private static string ShippedSlotsPath()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Plo.sln")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException("The repository's root is not above here.");
        }

        return Path.Combine(folder.FullName, "src", "Plo.PlainLanguage", "Data", "cmu-syllables.slots");
    }
}
