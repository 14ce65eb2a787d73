using Plo.PlainLanguage.Text;

namespace Plo.UnitTests.PlainLanguage;

/// <summary>Test vectors V1–V3 of the research notes (§2.8), fed with counts.</summary>
public class FormulaTests
{
    [Fact]
    public void V1_the_cat_sat_on_the_mat()
    {
        Assert.Equal(116.145, Readability.FleschReadingEase(6, 1, 6), 3);
        Assert.Equal(-1.45, Readability.FleschKincaidGrade(6, 1, 6), 3);
    }

    [Fact]
    public void V2_we_are_worried_about_amy()
    {
        Assert.Equal(66.400, Readability.FleschReadingEase(5, 1, 8), 3);
        Assert.Equal(5.240, Readability.FleschKincaidGrade(5, 1, 8), 3);
    }

    [Fact]
    public void V3_a_hundred_word_sample()
    {
        Assert.Equal(59.635, Readability.FleschReadingEase(100, 5, 150), 3);
        Assert.Equal(9.910, Readability.FleschKincaidGrade(100, 5, 150), 3);
        Assert.Equal(11.208, Readability.Smog(10, 5, minSentences: 0)!.Value, 3);
        Assert.Equal(9.180, Readability.ColemanLiau(450, 100, 5), 3);
        Assert.Equal(9.765, Readability.AutomatedReadability(450, 100, 5), 3);
        Assert.Equal(12.000, Readability.GunningFog(100, 5, 10), 3);
        Assert.Equal(6.5233, Readability.DaleChall(12, 100, 5), 4);
    }

    [Fact]
    public void Smog_needs_thirty_sentences() => Assert.Null(Readability.Smog(10, 29));

    [Fact]
    public void Reading_age_is_grade_plus_five() => Assert.Equal(11, Readability.ReadingAge(6));
}
