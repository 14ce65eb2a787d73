using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>R14: each required part of a letter before proceedings, and what is said when a piece of it is
/// missing. Each case takes the good letter and changes one thing.</summary>
public class RequiredPartsTests
{
    private static readonly LetterMeta Meta = Check.Meta with
    {
        Kind = "letter-before-proceedings",
        MeetingDate = new DateOnly(2026, 3, 12),
    };

    private static readonly string Good = Check.Letter("good-letter.txt");

    private static IReadOnlyList<string> Missing(string text, string slot) =>
        [.. Check.Findings(text, "R14", Meta).Where(f => f.Slot == slot).Select(f => f.Message)];

    private static string Without(string words, string instead = "") =>
        Good.Contains(words, StringComparison.Ordinal)
            ? Good.Replace(words, instead, StringComparison.Ordinal)
            : throw new ArgumentException($"The good letter does not say \"{words}\".");

    [Fact]
    public void The_good_letter_has_every_part() =>
        Assert.DoesNotContain(Check.Findings(Good, "R14", Meta), f => f.Severity >= Severity.Warning);

    [Theory]
    [InlineData("Advice from a solicitor is free for you, whatever your income. ", "S6", "say legal advice is free")]
    [InlineData("Take this letter to a solicitor. ", "S6", "tell the parent to take this letter to a solicitor")]
    [InlineData("There is a list of local solicitors with this letter.", "S6", "say how to find a solicitor")]
    [InlineData(" at 10am", "S7", "give the time")]
    [InlineData("You can bring your solicitor. ", "S7", "say you can bring your solicitor")]
    public void A_missing_piece_of_a_part_is_named(string words, string slot, string says)
    {
        var missing = Missing(Without(words), slot);

        Assert.Contains(missing, m => m.Contains(says, StringComparison.Ordinal));
    }

    [Fact]
    public void The_meeting_needs_its_day_and_date_and_its_place()
    {
        var noWeekday = Missing(Without("Thursday 12 March 2026", "12 March 2026"), "S7");
        var noPlace = Missing(Without("It is at Riverside Family Centre, 4 River Road, Exampletown ZZ9 8YY. "), "S7");

        Assert.Contains(noWeekday, m => m.Contains("give the day and date of the meeting", StringComparison.Ordinal));
        Assert.Contains(noPlace, m => m.Contains("say where it is", StringComparison.Ordinal));
    }

    [Fact]
    public void The_court_part_needs_the_court_and_what_it_could_decide()
    {
        var text = Without(
            "If things do not get better, we may ask the family court to decide where Amy and Ben should live. "
                + "A judge would make that choice. ",
            "If things do not get better, we will talk again. "
        );

        Assert.Contains(
            Missing(text, "S4"),
            m => m.Contains("the family court could decide", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Contact_needs_a_number_or_email_and_a_name()
    {
        var noNumber = Without(" on 01632 960123 or email jo.shah@example.org", "");
        noNumber = noNumber.Replace(", on 01632 960456", "", StringComparison.Ordinal);
        var noName = Without("call Jo Shah on", "call us on").Replace(", Pat Rivers,", "", StringComparison.Ordinal);

        Assert.Contains(
            Missing(noNumber, "S8"),
            m => m.Contains("give a phone number or e-mail", StringComparison.Ordinal)
        );
        Assert.Contains(Missing(noName, "S8"), m => m.Contains("name the person to contact", StringComparison.Ordinal));
    }

    [Fact]
    public void The_council_lawyer_for_your_solicitor_is_a_warning_when_missing()
    {
        var text = Without(" Your solicitor can talk to our lawyer, Pat Rivers, on 01632 960456.")
            .Replace(" Our lawyer will come too.", "", StringComparison.Ordinal);

        Assert.Contains(
            Check.Findings(text, "R14", Meta),
            f => f.Severity == Severity.Warning && f.Message.Contains("council lawyer", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_missing_recommended_part_is_a_warning_and_a_missing_optional_part_a_note()
    {
        var noWarning = Check.Findings(
            Without("Please do not ignore this letter. Take it to a solicitor today."),
            "R14",
            Meta
        );
        var noFamily = Check.Findings(
            Without(
                "We would like your family and friends to help too. We can set up a family meeting, where your "
                    + "family makes a plan with us."
            ),
            "R14",
            Meta
        );

        Assert.Contains(noWarning, f => f.Slot == "S9" && f.Severity == Severity.Warning);
        Assert.Contains(noFamily, f => f.Slot == "S10" && f.Severity == Severity.Info);
    }

    [Fact]
    public void A_part_found_without_its_heading_says_so_and_suggests_the_heading()
    {
        var finding = Assert.Single(
            Check.Findings("Dear Sam,\n\nAmy is seven.\n\nYours sincerely,\nJo", "R14", Meta),
            f => f.Slot == "S1"
        );

        Assert.StartsWith("The letter (no heading found for it) does not yet cover", finding.Message);
        Assert.Equal("Add a section headed \"Why we are writing\".", finding.Suggestion);
    }
}
