using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>
/// Defect classes that a parent trips on, each now an error, and the good writing each must leave alone (a positive
/// and a negative per class).
/// </summary>
public class DefectClassTests
{
    [Theory]
    [InlineData("The threshold criteria are met for Amy.")]
    [InlineData("We will apply under section 31 for Amy.")]
    [InlineData("There is prima facie evidence that Amy was hurt.")]
    [InlineData("Your aunt acted in loco parentis for Amy.")]
    public void Legal_and_latin_phrases_without_an_explanation_in_the_sentence_are_errors(string text) =>
        Assert.Contains(Check.Findings(text, "R09"), f => f.Severity == Severity.Error);

    [Theory]
    [InlineData("We will apply under section 31 (the part of the law about care orders) for Amy.")]
    [InlineData("The threshold criteria are met for Amy, which means the court could make an order.")]
    [InlineData("Please bring your papers, e.g. letters from school about Amy.")] // a warning, not an error
    public void A_phrase_explained_in_its_own_sentence_or_an_everyday_abbreviation_is_no_error(string text) =>
        Assert.DoesNotContain(Check.Findings(text, "R09"), f => f.Severity == Severity.Error);

    [Theory]
    [InlineData("Please call us as soon as possible about Amy.")]
    [InlineData("You need to book the course for Amy shortly.")]
    [InlineData("You must see your GP with Amy in the near future.")]
    [InlineData("We expect you to move house with Amy in due course.")]
    public void A_vague_deadline_in_something_the_parent_must_do_is_an_error(string text) =>
        Assert.Contains(Check.Findings(text, "R17"), f => f.Severity == Severity.Error);

    [Theory]
    [InlineData("Please call us by Friday 6 March 2026 about Amy.")]
    [InlineData("We will write to you soon about Amy.")] // a warning: it asks nothing of the parent
    public void A_real_date_or_a_promise_of_ours_is_no_error(string text) =>
        Assert.DoesNotContain(Check.Findings(text, "R17"), f => f.Severity == Severity.Error);

    [Fact]
    public void A_letter_mostly_in_the_passive_is_an_error_past_the_second_threshold()
    {
        const string Mostly =
            "Amy was seen at school. A bruise was found on her arm. The police were called. "
            + "A meeting was arranged. You are asked to come. Amy is loved by her gran.";
        const string Some =
            "We saw Amy at school. Her teacher found a bruise on her arm. A meeting was arranged. "
            + "Please come to it. We want to help you and Amy. Amy loves her gran.";

        Assert.Contains(Check.Findings(Mostly, "R08"), f => f.Severity == Severity.Error);
        Assert.DoesNotContain(Check.Findings(Some, "R08"), f => f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("Amy was born on 3 May 2020.")]
    [InlineData("Amy was taken to hospital on 1 March 2026.")]
    [InlineData("Ben is born in the spring, and we will visit.")]
    public void Births_and_hospital_visits_are_not_passives_that_hide_anyone(string text) =>
        Assert.Empty(Check.Findings(text, "R08"));

    [Fact]
    public void A_child_is_named_by_their_name_as_written_not_by_an_ordinary_word()
    {
        var meta = Check.Meta with { ChildNames = ["Will Example", "Hope Example"] };

        Assert.Contains(
            Check.Findings("We will help you. We hope you can come.", "R13", meta),
            f => f.Severity == Severity.Error
        );
        Assert.DoesNotContain(
            Check.Findings("We are worried about Will and Hope.", "R13", meta),
            f => f.Severity == Severity.Error
        );
    }

    [Fact]
    public void A_meeting_date_in_the_text_that_disagrees_with_the_letters_meeting_is_an_error()
    {
        var meta = Check.Meta with { MeetingDate = new DateOnly(2026, 3, 16) };

        var wrong = Check.Findings("The meeting for Amy is on Tuesday 17 March 2026 at 10am.", "R15", meta);
        var right = Check.Findings("The meeting for Amy is on Monday 16 March 2026 at 10am.", "R15", meta);
        var another = Check.Findings(
            "We will check how Amy is at a review meeting on Monday 20 April 2026.",
            "R15",
            meta
        );

        Assert.Contains(wrong, f => f.Severity == Severity.Error && f.Text == "Tuesday 17 March 2026");
        Assert.DoesNotContain(right, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(another, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_meeting_date_already_past_is_an_error_but_a_meeting_already_held_is_not()
    {
        var past = Check.Findings("The meeting for Amy will be on Friday 27 February 2026.", "R15");
        var held = Check.Findings("At the meeting on Friday 27 February 2026 we agreed a plan for Amy.", "R15");

        Assert.Contains(past, f => f.Severity == Severity.Error && f.Text == "Friday 27 February 2026");
        Assert.DoesNotContain(held, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_place_named_after_the_family_is_not_the_reader_in_the_third_person()
    {
        Assert.Empty(Check.Findings("You can bring Amy to the Family Hub on Monday.", "R12"));
        Assert.Contains(
            Check.Findings("You can help. We will ask the family to bring Amy.", "R12"),
            f => f.Severity == Severity.Warning
        );
    }

    [Fact]
    public void The_do_not_ignore_warning_above_dear_opens_the_letter_but_an_address_alone_does_not()
    {
        var meta = Check.Meta with { Kind = "letter-before-proceedings", MeetingDate = new DateOnly(2026, 3, 12) };
        const string Body =
            "Dear Sam,\n\nWhy we are writing\n\nWe are writing because we are worried about Amy.\n\n"
            + "Yours sincerely,\n\nJordan Shah";
        static bool Opening(Finding f) => f.Slot == "S9";

        var above = Check.Findings(
            "1 Test Street\nExampletown\n\nPlease do not ignore this letter. Take it to a solicitor today.\n\n" + Body,
            "R14",
            meta
        );
        var none = Check.Findings("1 Test Street\nExampletown\n\n" + Body, "R14", meta);

        Assert.DoesNotContain(above, Opening);
        Assert.Contains(none, Opening);
    }
}
