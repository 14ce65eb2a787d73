using Plo.PlainLanguage.Reading;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>The edge cases of the research notes §2.9: what is a sentence, a word, a heading.</summary>
public class SegmentationTests
{
    [Theory]
    [InlineData("The meeting is on 03.06.2024 at 10.30am. Please come.", 2, 9)]
    [InlineData("Mr. Patel will come. He is kind.", 2, 7)]
    [InlineData("Mr Patel will come with Dr Jones. He is kind.", 2, 10)]
    [InlineData("Bring things, e.g. a letter from your GP. Thank you.", 2, 10)]
    [InlineData("Email jane.doe@example.org today. Or ring 01632 960123.", 2, 6)]
    [InlineData("iPads are new. iPhones are too.", 2, 6)]
    [InlineData("Please come.", 1, 2)]
    [InlineData("We will pay £12.50 on 4 June 2026. It is for the bus.", 2, 11)]
    public void Counts_sentences_and_words(string text, int sentences, int words)
    {
        var result = Check.Text(text);

        Assert.Equal(sentences, result.Metrics.Sentences);
        Assert.Equal(words, (int)Math.Round(result.Metrics.AverageSentenceLength * sentences));
    }

    [Fact]
    public void A_list_of_three_items_and_a_sentence_are_four_units()
    {
        var letter = TextLetterReader.Read("- your letter\n- your ID\n- your questions\n\nWe will see you then.");

        Assert.Equal(
            [BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph],
            letter.Blocks.Select(b => b.Kind)
        );
        Assert.Equal(1, Check.Text(letter.Text).Metrics.Sentences); // fragments are not scored as sentences
    }

    [Fact]
    public void A_short_line_without_end_punctuation_before_a_blank_line_is_a_heading()
    {
        var letter = TextLetterReader.Read(
            "What needs to change\n\nYou need to take Amy to school.\nEvery day.\n\n1. First item."
        );

        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem], letter.Blocks.Select(b => b.Kind));
        Assert.Equal("First item.", letter.Blocks[2].Text);
        Assert.Equal(letter.Blocks[2].Text, letter.Text.Substring(letter.Blocks[2].Start, letter.Blocks[2].Length));
    }

    [Fact]
    public void Masked_numbers_count_for_sentence_length_but_not_syllables()
    {
        var result = Check.Text("We meet on 4 June 2026 at 10am.");

        Assert.Equal(4, result.Metrics.Words); // We, meet, on, at
        Assert.Equal(4, result.Metrics.Syllables);
    }

    [Fact]
    public void Salutation_address_and_sign_off_are_not_scored()
    {
        var result = Check.Text(
            "1 Long Address Road\nTesttown\n\nDear Sam,\n\nWe are worried about Amy.\n\nYours sincerely,\n\nJo Shah"
        );

        Assert.Equal(1, result.Metrics.Sentences);
        Assert.Equal(5, result.Metrics.Words);
        Assert.Equal(8, result.Metrics.Syllables); // V2: 1 + 1 + 2 + 2 + 2
    }

    [Fact]
    public void Reads_html_headings_paragraphs_and_lists()
    {
        var letter = HtmlLetterReader.Read(
            "<html><head><title>x</title><style>p{}</style></head><body><h2>The meeting</h2><p>Please "
                + "<b>come</b>.<br>It is at 10am.</p>"
                + "<ul><li>Bring this letter</li><li>Bring your solicitor</li></ul><div>Loose text</div></body></html>"
        );

        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph],
            letter.Blocks.Select(b => b.Kind)
        );
        Assert.Equal("Please come.\nIt is at 10am.", letter.Blocks[1].Text);
        Assert.All(letter.Blocks, b => Assert.Equal(b.Text, letter.Text.Substring(b.Start, b.Length)));
        Assert.DoesNotContain("p{}", letter.Text, StringComparison.Ordinal);
    }
}
