using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage;

/// <summary>Counts over body sentences (§3.5): masked tokens are left out of words and syllables.</summary>
public static class MetricsCalculator
{
    private const int LongWordLetters = 6;

    public static Metrics Calculate(AnalysedLetter letter)
    {
        int words = 0,
            syllables = 0,
            polysyllables = 0,
            complex = 0,
            characters = 0,
            letters = 0,
            longWords = 0;
        foreach (var sentence in letter.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (!token.IsWord)
                {
                    continue;
                }

                var count = letter.SyllablesOf(token);
                var (letterCount, characterCount) = (token.Letters, token.LettersOrDigits);
                words++;
                syllables += count;
                characters += characterCount;
                letters += letterCount;
                longWords += letterCount > LongWordLetters ? 1 : 0;
                if (count >= 3)
                {
                    polysyllables++;
                    complex += char.IsUpper(token.Text[0]) ? 0 : 1; // Gunning Fog leaves out proper nouns
                }
            }
        }

        var sentences = letter.Sentences.Count;
        var grade = Readability.FleschKincaidGrade(words, sentences, syllables);
        return new Metrics(
            words,
            sentences,
            syllables,
            polysyllables,
            characters,
            letters,
            Round(Readability.FleschReadingEase(words, sentences, syllables)),
            Round(grade),
            Round(Readability.ReadingAge(grade)),
            sentences == 0 ? 0 : Round((double)letter.Sentences.Sum(s => s.WordCount) / sentences),
            Readability.Smog(polysyllables, sentences) is { } smog ? Round(smog) : null,
            Round(Readability.ColemanLiau(letters, words, sentences)),
            Round(Readability.AutomatedReadability(characters, words, sentences)),
            Round(Readability.GunningFog(words, sentences, complex)),
            Round(Readability.Lix(words, sentences, longWords))
        );
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
