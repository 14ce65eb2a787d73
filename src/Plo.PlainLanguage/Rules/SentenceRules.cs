using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;

namespace Plo.PlainLanguage.Rules;

/// <summary>R01: long sentences (masked dates and numbers count as one word each).</summary>
internal sealed class SentenceLengthRule(Thresholds limits) : IRule
{
    public string Id => "R01";
    public string Name => "sentence-length";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var sentence in letter.Sentences)
        {
            var words = sentence.WordCount;
            var severity =
                words >= limits.SentenceErrorWords ? Severity.Error
                : words >= limits.SentenceWarningWords ? Severity.Warning
                : words >= limits.SentenceInfoWords ? Severity.Info
                : (Severity?)null;
            if (severity is { } s)
            {
                findings.Add(
                    this,
                    s,
                    sentence.Start,
                    sentence.Length,
                    $"This sentence has {words} words. Sentences of 20 words or fewer are easier to follow.",
                    "Split it into shorter sentences."
                );
            }
        }
    }
}

/// <summary>R02: average sentence length over the body (5 sentences or more).</summary>
internal sealed class AverageSentenceLengthRule(Thresholds limits) : IRule
{
    public string Id => "R02";
    public string Name => "average-sentence-length";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        if (letter.Sentences.Count < limits.AverageSentenceMinSentences)
        {
            return;
        }

        var average = letter.Metrics.AverageSentenceLength;
        if (average > limits.AverageSentenceWarning)
        {
            findings.AddForBody(
                this,
                average > limits.AverageSentenceError ? Severity.Error : Severity.Warning,
                $"Sentences average {average:0.#} words. Aim for 15 to 20.",
                "Split the longest sentences."
            );
        }
    }
}

/// <summary>R04: single hard sentences by their Automated Readability Index (letters and digits only).</summary>
internal sealed class HardSentenceRule(Thresholds limits) : IRule
{
    public string Id => "R04";
    public string Name => "hard-sentence";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var sentence in letter.Sentences)
        {
            if (sentence.WordCount < limits.HardSentenceMinWords)
            {
                continue;
            }

            var (words, characters) = (0, 0);
            foreach (var token in sentence.Tokens)
            {
                if (token.IsWord)
                {
                    words++;
                    characters += token.LettersOrDigits;
                }
            }

            if (words == 0)
            {
                continue;
            }

            var ari = Text.Readability.AutomatedReadability(characters, words, 1);
            if (ari >= limits.HardSentenceInfoAri)
            {
                findings.Add(
                    this,
                    ari >= limits.HardSentenceWarningAri ? Severity.Warning : Severity.Info,
                    sentence.Start,
                    sentence.Length,
                    $"This sentence is hard to read (grade {ari:0.#}).",
                    "Use shorter words and split the sentence."
                );
            }
        }
    }
}
