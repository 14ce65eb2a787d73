using Plo.PlainLanguage.Reading;
using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>How letters are read into blocks, sentences and words.</summary>
public class ReaderTests
{
    [Fact]
    public void Empty_paragraphs_are_dropped_and_blocks_are_separated_by_a_blank_line()
    {
        var letter = HtmlLetterReader.Read("<p>One</p><p> </p><p>Two</p>");

        Assert.Equal("One\n\nTwo", letter.Text);
        Assert.Equal([0, 5], letter.Blocks.Select(b => b.Start));
    }

    [Fact]
    public void A_table_cell_holding_paragraphs_gives_each_paragraph()
    {
        var letter = HtmlLetterReader.Read("<table><tr><td><p>First</p><p>Second</p></td><td>Third</td></tr></table>");

        Assert.Equal(["First", "Second", "Third"], letter.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_nested_list_gives_each_item_once()
    {
        var letter = HtmlLetterReader.Read("<ul><li>Bring <b>this</b> letter<ul><li>and your ID</li></ul></li></ul>");

        Assert.Equal(["Bring this letter", "and your ID"], letter.Blocks.Select(b => b.Text));
        Assert.All(letter.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Classes_come_from_the_block_and_its_containers_but_not_the_body()
    {
        var letter = HtmlLetterReader.Read(
            "<body class=\"page\"><section class=\"meeting main\"><p class=\"when\">Monday</p></section>"
                + "<p>Bye</p></body>"
        );

        Assert.Equal(["when", "meeting", "main"], letter.Blocks[0].Classes);
        Assert.True(letter.Blocks[0].HasClass("meeting"));
        Assert.Empty(letter.Blocks[1].Classes);
        Assert.Same(Array.Empty<string>(), letter.Blocks[1].Classes);
    }

    [Fact]
    public void Line_breaks_are_kept_and_empty_lines_dropped() =>
        Assert.Equal(
            "1 Test Street\nExampletown",
            HtmlLetterReader.Read("<p>1 Test Street<br><br>Exampletown</p>").Text
        );

    [Fact]
    public void Loose_text_is_a_paragraph_of_its_own()
    {
        var letter = HtmlLetterReader.Read("<div>Hello <b>there</b><p>Next</p>Last</div>");

        Assert.Equal(["Hello there", "Next", "Last"], letter.Blocks.Select(b => b.Text));
        Assert.All(letter.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void A_list_item_without_a_full_stop_is_a_fragment_and_with_one_a_sentence()
    {
        Assert.Equal(0, Check.Text("- your letter\n- your ID").Metrics.Sentences);
        Assert.Equal(2, Check.Text("- Bring your letter.\n- Bring your ID.").Metrics.Sentences);
        Assert.Equal(1, Check.Text("- Bring your letter.\"").Metrics.Sentences); // a stop before a closing quote
    }

    [Fact]
    public void A_heading_is_not_a_sentence() =>
        Assert.Equal(1, Check.Text("Why we are writing\n\nWe are worried.").Metrics.Sentences);

    [Theory]
    [InlineData("Please bring e.g. your ID. Thank you.", 2)]
    [InlineData("Call Dr. Shah. She is kind.", 2)]
    [InlineData("We met at 10.30am. It went well.", 2)]
    public void An_abbreviation_does_not_end_a_sentence_but_a_stop_after_a_word_does(string text, int sentences) =>
        Assert.Equal(sentences, Check.Text(text).Metrics.Sentences);

    [Theory]
    [InlineData("Amy's", 1)]
    [InlineData("Amy’s", 1)]
    [InlineData("well-being", 1)]
    [InlineData("e.g.", 1)]
    [InlineData("-Amy", 1)]
    [InlineData("Amy- Ben", 2)]
    [InlineData("Amy'", 1)]
    public void Apostrophes_hyphens_and_dots_join_a_word_only_inside_it(string text, int words) =>
        Assert.Equal(words, Tokenizer.Tokenize(text).Count(t => t.IsWord));

    [Fact]
    public void A_masked_span_is_one_token_and_its_parts_are_not_words()
    {
        var tokens = Tokenizer.Tokenize("Call 01632 960123 or email jo.shah@example.org on 4 June 2026.");

        Assert.Equal(
            ["Call", "01632 960123", "or", "email", "jo.shah@example.org", "on", "4 June 2026"],
            tokens.Select(t => t.Text)
        );
        Assert.Equal(
            [TokenKind.Phone, TokenKind.Email, TokenKind.Date],
            tokens.Where(t => !t.IsWord).Select(t => t.Kind)
        );
    }

    [Fact]
    public void Text_that_starts_with_a_masked_span_keeps_it() =>
        Assert.Equal(TokenKind.Date, Tokenizer.Tokenize("4 June 2026 is the day.")[0].Kind);
}
