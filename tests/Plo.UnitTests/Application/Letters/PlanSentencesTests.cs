using Plo.Application.Letters.Model;

namespace Plo.UnitTests.Application.Letters;

public class PlanSentencesTests
{
    private static readonly HashSet<string> Names = ["Sam", "Lee", "Amy", "Ben", "Kai"];

    [Theory]
    [InlineData(
        "Sam and Lee",
        "Make sure an adult is always at home.",
        "You and Lee will make sure an adult is always at home by Monday 16 March 2026."
    )]
    [InlineData(
        "Lee and Sam",
        "Take Ben to his health visit",
        "You and Lee will take Ben to his health visit by Monday 16 March 2026."
    )]
    [InlineData(
        "Sam",
        "Take Ben to his health visit.",
        "You will take Ben to his health visit by Monday 16 March 2026."
    )]
    [InlineData("Lee", "Go to every meeting.", "Lee will go to every meeting by Monday 16 March 2026.")]
    [InlineData(
        "Lee, Sam and Jo",
        "Take Ben to nursery every day.",
        "You, Lee and Jo will take Ben to nursery every day by Monday 16 March 2026."
    )]
    [InlineData(
        "Both parents",
        "Stop drinking alcohol when caring for Kai",
        "Both parents will stop drinking alcohol when caring for Kai by Monday 16 March 2026."
    )]
    public void A_change_is_one_sentence_with_the_reader_as_you(string who, string what, string expected) =>
        Assert.Equal(expected, PlanSentences.Change(who, what, "Monday 16 March 2026", "Sam", Names));

    [Theory]
    [InlineData("Independent social worker", "an independent social worker")]
    [InlineData("Early help team", "the early help team")]
    [InlineData("The hospital", "The hospital")]
    [InlineData("Riverside Family Centre", "Riverside Family Centre")]
    [InlineData("Health visitor", "a health visitor")]
    [InlineData("NSPCC", "NSPCC")]
    public void A_provider_reads_naturally_inside_a_sentence(string typed, string expected) =>
        Assert.Equal(expected, PlanSentences.Provider(typed));

    [Fact]
    public void Help_to_come_and_help_given_are_whole_sentences()
    {
        Assert.Equal(
            "An independent social worker will give you a parenting assessment every Tuesday morning.",
            PlanSentences.Help(
                "A parenting assessment",
                "Independent social worker",
                "Every Tuesday morning",
                false,
                Names
            )
        );
        Assert.Equal(
            "The early help team gave you visits from a family support worker since June 2025.",
            PlanSentences.Help("Visits from a family support worker", "Early help team", "Since June 2025", true, Names)
        );
        Assert.Equal(
            "Riverside Family Centre will give you a parenting course on Monday mornings.",
            PlanSentences.Help("A parenting course", "Riverside Family Centre", "on Monday mornings", false, Names)
        );
        Assert.Equal(
            "The hospital will give you a midwife.",
            PlanSentences.Help("A midwife", "The hospital", "", false, Names)
        );
    }

    [Theory]
    [InlineData("Take Ben to his visit.", "take Ben to his visit")]
    [InlineData("Ben goes to school", "Ben goes to school")]
    [InlineData("Monday mornings", "Monday mornings")]
    [InlineData("Every Tuesday", "every Tuesday")]
    [InlineData("Riverside Family Centre course", "Riverside Family Centre course")]
    [InlineData("GP appointments", "GP appointments")]
    [InlineData("Ben's school run", "Ben's school run")]
    [InlineData("Take Ben's coat", "take Ben's coat")]
    public void A_field_typed_as_a_sentence_reads_inside_one(string typed, string expected) =>
        Assert.Equal(expected, PlanSentences.Clause(typed, Names));
}
