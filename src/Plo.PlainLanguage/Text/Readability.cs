namespace Plo.PlainLanguage.Text;

/// <summary>The readability formulas exactly as in the research notes (§2.8), fed with counts.</summary>
public static class Readability
{
    public static double FleschReadingEase(int words, int sentences, int syllables) =>
        words == 0 || sentences == 0 ? 100 : 206.835 - (1.015 * words / sentences) - (84.6 * syllables / words);

    public static double FleschKincaidGrade(int words, int sentences, int syllables) =>
        words == 0 || sentences == 0 ? 0 : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;

    /// <summary>SMOG needs about 30 sentences to mean anything; null below that.</summary>
    public static double? Smog(int polysyllables, int sentences, int minSentences = 30) =>
        sentences < minSentences ? null : (1.0430 * Math.Sqrt(polysyllables * 30.0 / sentences)) + 3.1291;

    public static double ColemanLiau(int letters, int words, int sentences) =>
        words == 0 ? 0 : (0.0588 * 100.0 * letters / words) - (0.296 * 100.0 * sentences / words) - 15.8;

    public static double AutomatedReadability(int characters, int words, int sentences) =>
        words == 0 || sentences == 0 ? 0 : (4.71 * characters / words) + (0.5 * words / sentences) - 21.43;

    public static double GunningFog(int words, int sentences, int complexWords) =>
        words == 0 || sentences == 0 ? 0 : 0.4 * (((double)words / sentences) + (100.0 * complexWords / words));

    public static double Lix(int words, int sentences, int longWords) =>
        words == 0 || sentences == 0 ? 0 : ((double)words / sentences) + (100.0 * longWords / words);

    /// <summary>Dale–Chall raw score; adds 3.6365 when more than 5% of words are difficult.</summary>
    public static double DaleChall(int difficultWords, int words, int sentences)
    {
        if (words == 0 || sentences == 0)
        {
            return 0;
        }

        var percent = 100.0 * difficultWords / words;
        return (0.1579 * percent) + (0.0496 * words / sentences) + (percent > 5 ? 3.6365 : 0);
    }

    /// <summary>UK reading age from a US grade.</summary>
    public static double ReadingAge(double grade) => grade + 5;
}
