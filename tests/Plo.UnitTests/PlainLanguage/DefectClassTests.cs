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

    private static readonly LetterMeta Lbp = Check.Meta with
    {
        Kind = "letter-before-proceedings",
        MeetingDate = new DateOnly(2026, 3, 12),
    };

    private static IReadOnlyList<Finding> Slot(string text, string slot) =>
        [.. Check.Findings(text, "R14", Lbp).Where(f => f.Slot == slot && f.Severity == Severity.Error)];

    [Theory]
    [InlineData("Why we are writing\n\nOn 3 February 2026, Amy was alone at home all night.")]
    [InlineData("Our worries\n\n- On 14 January 2026, Amy and Ben had no food at home.")]
    [InlineData("1. Why we are writing\n\nOn 3 February 2026, Amy told her teacher she had no dinner.")]
    public void A_dated_worry_under_its_heading_covers_why_we_are_writing_without_a_keyword(string part) =>
        Assert.Empty(Slot($"Dear Sam,\n\n{part}\n\nYours sincerely,\nJo", "S1"));

    [Fact]
    public void Without_a_heading_why_we_are_writing_still_needs_the_worries_said()
    {
        Assert.NotEmpty(Slot("Dear Sam,\n\nAmy is seven. She likes school.\n\nYours sincerely,\nJo", "S1"));
        Assert.NotEmpty(Slot("Dear Sam,\n\nWhy we are writing\n\nAmy likes school.\n\nYours sincerely,\nJo", "S1"));
    }

    [Theory]
    [InlineData("At the meeting we will agree what you need to do.")]
    [InlineData("We will talk with you about what you need to do.")]
    [InlineData("We will decide with you how you need to change.")]
    public void A_promise_to_agree_the_changes_later_is_not_what_needs_to_change(string sentence) =>
        Assert.NotEmpty(Slot($"Dear Sam,\n\nWhat needs to change\n\n{sentence}\n\nYours sincerely,\nJo", "S2"));

    [Theory]
    [InlineData("You need to take Amy to school every day.")]
    [InlineData("- You and Lee will make sure an adult is always at home with Amy by Monday 16 March 2026.")]
    [InlineData("Sam will take Ben to his health visit by Friday 20 March 2026.")]
    [InlineData("Please keep cleaning liquids locked away.")]
    public void An_owned_or_dated_change_is_what_needs_to_change(string sentence) =>
        Assert.Empty(Slot($"Dear Sam,\n\nWhat needs to change\n\n{sentence}\n\nYours sincerely,\nJo", "S2"));

    [Fact]
    public void Under_its_heading_a_promise_of_help_is_help_and_a_numbered_heading_is_a_heading()
    {
        Assert.Empty(Slot("Dear Sam,\n\n3. How we will help\n\nWe will give you a safety gate.\n\nYours,\nJo", "S3"));
        Assert.Empty(
            Slot("Dear Sam,\n\nHow we will help\n\nA health visitor will visit you every week.\n\nYours,\nJo", "S3")
        );
        Assert.NotEmpty(Slot("Dear Sam,\n\nWe will be in touch.\n\nYours sincerely,\nJo", "S3"));
        var numbered = Check.Text("1. Take Amy to school.\n2. Why we are writing\n\nWe are worried.").Text;
        Assert.Contains("Why we are writing", numbered, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_that_never_gives_its_meetings_date_is_an_error()
    {
        const string Without = "Dear Sam,\n\nPlease come to a meeting with us soon about Amy.\n\nYours,\nJo";
        const string With =
            "Dear Sam,\n\nPlease come to a meeting with us on Thursday 12 March 2026 at 10am about Amy.\n\nYours,\nJo";

        Assert.Contains(Check.Findings(Without, "R15", Lbp), f => f.Message.Contains("does not give the date"));
        Assert.DoesNotContain(Check.Findings(With, "R15", Lbp), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Meet_you_on_a_date_and_time_is_the_meeting_and_must_agree_with_it() =>
        Assert.Contains(
            Check.Findings("Dear Sam,\n\nWe would like to meet you on Friday 13 March 2026 at 2pm.", "R15", Lbp),
            f => f.Message.Contains("but the meeting is on 12 March 2026", StringComparison.Ordinal)
        );

    [Theory]
    [InlineData("We will book an FGC for Amy.", "R07", "R06")]
    [InlineData("We may ask you to agree to section 20 accommodation for Amy.", "R09", "R06")]
    public void One_defect_is_one_error(string text, string owner, string other)
    {
        var errors = Check.Text(text).Findings.Where(f => f.Severity == Severity.Error).ToList();

        Assert.Contains(errors, f => f.RuleId == owner);
        Assert.DoesNotContain(errors, f => f.RuleId == other);
    }

    [Fact]
    public void A_letter_that_never_names_the_child_is_one_error_not_two()
    {
        var errors = Check
            .Text(
                "Dear Sam,\n\nWhy we are writing\n\nOn 3 February 2026, your child was alone all night.\n\nYours,\nJo",
                Lbp
            )
            .Findings.Where(f => f.Severity == Severity.Error)
            .ToList();

        Assert.Contains(errors, f => f.RuleId == "R13");
        Assert.DoesNotContain(errors, f => f.Slot == "S1");
    }
}
