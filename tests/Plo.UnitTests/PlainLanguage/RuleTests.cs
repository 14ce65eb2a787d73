using Plo.PlainLanguage.Model;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>A positive and a negative example for every rule, including the traps other tools fall into.</summary>
public class RuleTests
{
    public static TheoryData<string, string, Severity> Positives =>
        new()
        {
            {
                "R01",
                "We want to talk with you about how things are at home for Amy and Ben and about what we can all do "
                    + "together to help them feel safe and well every day of the week.",
                Severity.Error
            },
            {
                "R01",
                "We want to talk with you about how things are at home for Amy and Ben and about what we can do to "
                    + "help them feel safe.",
                Severity.Warning
            },
            {
                "R02",
                string.Concat(
                    Enumerable.Repeat(
                        "We want to talk with you about how things are at home for Amy and what we can all do to help "
                            + "her now and in the weeks ahead. ",
                        5
                    )
                ),
                Severity.Error
            },
            {
                "R03",
                string.Concat(
                    Enumerable.Repeat(
                        "Consequently, the organisation's comprehensive administrative documentation necessitates "
                            + "considerable interdepartmental consultation. ",
                        10
                    )
                ),
                Severity.Error
            },
            {
                "R04",
                "Notwithstanding considerable organisational difficulties, comprehensive interdisciplinary "
                    + "consultation necessitates additional documentation for everybody involved here.",
                Severity.Warning
            },
            { "R05", "We need the documentation.", Severity.Info },
            { "R06", "We will hold a core group for Amy.", Severity.Error },
            { "R06", "Amy has a new placement.", Severity.Warning },
            { "R07", "Amy is on a CIN plan.", Severity.Error },
            { "R07", "Please bring your XYZ card for Amy.", Severity.Warning },
            { "R08", "A decision has been made to ask the court for an order for Amy.", Severity.Warning },
            { "R08", "Amy was easily found by her teacher.", Severity.Info },
            { "R09", "Please bring your papers, e.g. letters from school about Amy.", Severity.Warning },
            { "R10", "We will carry out an assessment of how you care for Amy.", Severity.Info },
            { "R11", "It is not unlikely that Amy will need help.", Severity.Warning },
            { "R12", "We are worried about Amy.", Severity.Error },
            { "R12", "You told us the mother will come with Amy.", Severity.Warning },
            { "R13", "We are worried about you and your family.", Severity.Error },
            { "R13", "You know we are worried about Amy and the children.", Severity.Warning },
            { "R15", "The meeting is on Monday 2 June 2026. You can bring Amy.", Severity.Error },
            { "R15", "Please come on 03/06/2026 with Amy.", Severity.Warning },
            { "R15", "Please come at 12pm with Amy.", Severity.Warning },
            { "R15", "Please reply within 2 weeks about Amy.", Severity.Warning },
            { "R15", "Please come from 10-11am with Amy.", Severity.Info },
            { "R16", "You refused to let us see Amy.", Severity.Warning },
            { "R17", "You need to engage with services for Amy.", Severity.Warning },
            { "R17", "We are very worried about Amy.", Severity.Info },
            { "R18", "We will facilitate a meeting for Amy.", Severity.Warning },
            { "R18", "Please ensure Amy goes to school.", Severity.Info },
            {
                "R19",
                "You are Amy's mum. We know you love her. We want to help. We are worried. Amy missed school. Ben "
                    + "missed his check.",
                Severity.Info
            },
            { "R20", "We are worried about about Amy.", Severity.Warning },
            { "R21", "There is a meeting for you and Amy.", Severity.Info },
            { "R22", string.Concat(Enumerable.Repeat("You and Amy matter to us. ", 250)), Severity.Info },
        };

    [Theory]
    [MemberData(nameof(Positives))]
    public void Each_rule_finds_its_problem(string ruleId, string text, Severity severity)
    {
        var findings = Check.Findings(text, ruleId);

        Assert.Contains(findings, f => f.Severity == severity);
        Assert.All(findings, f => Assert.Matches(@"^[a-z]+(-[a-z]+)*$", f.Name));
    }

    public static TheoryData<string, string> Negatives =>
        new()
        {
            { "R01", "We are worried about Amy. Please come to the meeting." },
            { "R02", "We are worried about Amy. Amy missed school. You can help. Please come. We will help you." },
            { "R03", "We are worried about Amy. Please come to the meeting. We want to help you." },
            { "R04", "We want to talk with you about how things are at home for Amy and Ben now." },
            { "R05", "Please call us at 01632 960123 or write to ZZ1 1AA or jo.shah@example.org about Amy." },
            { "R06", "We will hold a core group (a small meeting to check the plan is working) for Amy." },
            { "R06", "You can ask for a written agreement for Amy. This means a list of things we agree to do." },
            { "R06", "Please have contact with me about Amy by phone." },
            { "R07", "Amy has a child in need (CIN) plan. The CIN plan will help. Please see your GP." },
            { "R07", "Please write to ZZ1 1AA about Amy." },
            { "R08", "We are worried about Amy. We are concerned. Amy is interested in school." },
            { "R09", "Please bring your papers, for example letters from school about Amy." },
            { "R10", "We will assess how you care for Amy." },
            { "R11", "We do not want Amy to miss school." },
            { "R12", "We are worried about Amy. You can help her. The family court will decide." },
            { "R13", "We are worried about Amy." },
            { "R15", "The meeting is on Tuesday 2 June 2026 at 10am. You can bring Amy." },
            { "R16", "On 12 January you did not open the door to us when we came to see Amy." },
            { "R17", "You need to take Amy to school every day from 4 June 2026." },
            { "R18", "We will help you make sure Amy goes to school." },
            { "R19", "You are Amy's mum. We know you love her." },
            { "R20", "We are worried about Amy." },
            { "R21", "We have set up a meeting for you and Amy." },
            { "R22", "You and Amy matter to us." },
        };

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Each_rule_leaves_good_writing_alone(string ruleId, string text) =>
        Assert.DoesNotContain(
            Check.Findings(text, ruleId),
            f => f.Severity >= Severity.Warning || ruleId is "R05" or "R06" or "R07"
        );

    [Fact]
    public void We_are_worried_about_amy_is_not_a_passive() =>
        Assert.Empty(Check.Findings("We are worried about Amy.", "R08"));

    [Fact]
    public void A_wrong_weekday_names_the_right_one()
    {
        var finding = Assert.Single(
            Check.Findings("The meeting is on Monday 2 June 2026 with Amy.", "R15"),
            f => f.Severity == Severity.Error
        );

        Assert.Equal("Monday 2 June 2026", finding.Text);
        Assert.Contains("Tuesday", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postcodes_phones_and_emails_are_not_acronyms_or_long_words()
    {
        var result = Check.Text("Write to ZZ1 1AA, ring 01632 960123 or email jo.shah@example.org about Amy.");

        Assert.DoesNotContain(result.Findings, f => f.RuleId is "R05" or "R07");
    }

    [Fact]
    public void An_unborn_baby_letter_may_say_your_baby()
    {
        var meta = Check.Meta with { Kind = "letter-before-proceedings-unborn", ChildNames = [] };

        Assert.DoesNotContain(
            Check.Findings("We are worried about your baby.", "R13", meta),
            f => f.Severity == Severity.Error
        );
        Assert.Contains(Check.Findings("We are worried about you.", "R13", meta), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Required_parts_are_named_by_slot()
    {
        var findings = Check.Findings(
            "We are worried about Amy.",
            "R14",
            Check.Meta with
            {
                Kind = "letter-before-proceedings",
            }
        );

        Assert.Equal(
            ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"],
            findings.Where(f => f.Severity == Severity.Error).Select(f => f.Slot!).Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Meeting_notice_is_counted_in_working_days()
    {
        var meta = Check.Meta with { Kind = "review-meeting-invitation", MeetingDate = new DateOnly(2026, 3, 5) };

        Assert.Contains(
            Check.Findings("You and Amy are invited.", "R15", meta),
            f => f.Severity == Severity.Warning && f.Message.Contains("notice", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(
            Check.Findings("You and Amy are invited.", "R15", meta with { MeetingDate = new DateOnly(2026, 3, 12) }),
            f => f.Message.Contains("notice", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_meeting_date_in_the_past_is_an_error() =>
        Assert.Contains(
            Check.Findings(
                "You and Amy are invited.",
                "R15",
                Check.Meta with
                {
                    Kind = "review-meeting-invitation",
                    MeetingDate = new DateOnly(2026, 3, 1),
                }
            ),
            f => f.Severity == Severity.Error
        );
}
