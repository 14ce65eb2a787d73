using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>The finer points of the required parts (R14): what just covers a part and what just fails to.</summary>
public class SlotDetailTests
{
    private static readonly LetterMeta Meta = Check.Meta with
    {
        Kind = "letter-before-proceedings",
        MeetingDate = new DateOnly(2026, 3, 12),
    };

    private static IReadOnlyList<string> Missing(string body, string slot) =>
        [
            .. Check
                .Findings($"Dear Sam,\n\n{body}\n\nYours sincerely,\nJo", "R14", Meta)
                .Where(f => f.Slot == slot && f.Severity == Severity.Error)
                .Select(f => f.Message),
        ];

    [Theory]
    [InlineData("If things do not change, we will go to court about Amy.")]
    [InlineData("If things do not change, we will decide where Amy lives.")]
    public void The_court_part_needs_both_the_court_and_what_it_decides(string sentence) =>
        Assert.NotEmpty(Missing($"If things do not change\n\n{sentence}", "S4"));

    [Fact]
    public void Timescales_need_a_date_in_the_same_sentence_as_a_meeting_or_review()
    {
        Assert.NotEmpty(Missing("We will have a meeting about Amy. Thursday 12 March 2026 suits us.", "S5"));
        Assert.Empty(Missing("We will have a meeting about Amy on Thursday 12 March 2026.", "S5"));
    }

    [Fact]
    public void Two_worried_sentences_are_enough_without_a_heading_and_one_is_not()
    {
        Assert.Empty(Missing("We are worried about Amy. We are worried about Ben on 3 May 2026.", "S1"));
        Assert.NotEmpty(Missing("We are worried about Amy on 3 May 2026. Amy likes school.", "S1"));
    }

    [Fact]
    public void Under_its_heading_a_worry_is_dated_or_tied_to_an_event_not_just_any_number() =>
        Assert.NotEmpty(Missing("Why we are writing\n\nAmy's school phoned us on 01632 960123.", "S1"));

    [Fact]
    public void The_worries_must_name_a_child_the_letter_names_elsewhere() =>
        Assert.Contains(
            Missing(
                "Why we are writing\n\nOn 3 May 2026, the police came to your home.\n\n"
                    + "How we will help\n\nWe will help Amy.",
                "S1"
            ),
            m => m.Contains("name the child", StringComparison.Ordinal)
        );

    [Theory]
    [InlineData("Sam will take Amy to school.")] // owned but not dated
    [InlineData("We are pleased you came.")] // "please" inside another word
    [InlineData("We will displease nobody.")]
    public void A_change_needs_a_real_ask(string sentence) =>
        Assert.NotEmpty(Missing($"What needs to change\n\n{sentence}", "S2"));

    [Fact]
    public void A_postcode_alone_says_where_the_meeting_is() =>
        Assert.DoesNotContain(
            Missing(
                "The meeting\n\nPlease come to a meeting on Thursday 12 March 2026 at 10am, at ZZ9 8YY. You can bring "
                    + "your solicitor. Jo will be there.",
                "S7"
            ),
            m => m.Contains("say where it is", StringComparison.Ordinal)
        );

    [Theory]
    [InlineData("If you have questions, email Jo Shah at jo.shah@example.org.")]
    [InlineData("If you have questions, call Jo Shah on 01632 960123.")]
    public void A_phone_number_or_an_email_is_enough_to_contact(string sentence) =>
        Assert.DoesNotContain(
            Missing($"Contact us\n\n{sentence}", "S8"),
            m => m.Contains("give a phone number", StringComparison.Ordinal)
        );

    [Fact]
    public void A_single_capital_letter_is_not_a_name_to_contact() =>
        Assert.Contains(
            Missing("Contact us\n\nIf you have questions, call us on 01632 960123. A worker will answer.", "S8"),
            m => m.Contains("name the person to contact", StringComparison.Ordinal)
        );

    [Fact]
    public void A_warning_above_dear_without_the_solicitor_does_not_open_the_letter()
    {
        var findings = Check.Findings(
            "1 Test Street\n\nPlease do not ignore this letter.\n\nDear Sam,\n\nWe love Amy.\n\nYours,\nJo",
            "R14",
            Meta
        );

        Assert.Contains(findings, f => f.Slot == "S9");
    }

    [Fact]
    public void The_opening_warning_must_come_in_the_first_two_sentences_with_the_solicitor()
    {
        var late = Check.Findings(
            "Dear Sam,\n\nWe love Amy. Amy likes school. Please do not ignore this letter. Take it to a solicitor.",
            "R14",
            Meta
        );
        var early = Check.Findings(
            "Dear Sam,\n\nPlease do not ignore this letter. Take it to a solicitor. We love Amy.",
            "R14",
            Meta
        );

        Assert.Contains(late, f => f.Slot == "S9");
        Assert.DoesNotContain(early, f => f.Slot == "S9");
    }
}
