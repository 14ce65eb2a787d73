using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Reading;

namespace Plo.PlainLanguage.Rules;

/// <summary>R19: long paragraphs.</summary>
internal sealed class ParagraphLengthRule(Thresholds limits) : IRule
{
    public string Id => "R19";
    public string Name => "paragraph-length";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var block in letter.BodyBlocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            var sentences = letter.Sentences.Count(s => ReferenceEquals(s.Block, block));
            var words = letter.BlockTokens[block].Count;
            if (sentences > limits.ParagraphSentences || words > limits.ParagraphWords)
            {
                findings.Add(
                    this,
                    Severity.Info,
                    block.Start,
                    block.Length,
                    $"This paragraph has {sentences} sentences and {words} words.",
                    "Split it, or use a list."
                );
            }
        }
    }
}

/// <summary>R20: the same word twice in a row ("the the").</summary>
internal sealed class RepeatedWordRule : IRule
{
    public string Id => "R20";
    public string Name => "repeated-word";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var tokens in letter.BlockTokens.Values)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (
                    tokens[i].IsWord
                    && tokens[i - 1].IsWord
                    && tokens[i].Lower == tokens[i - 1].Lower
                    && string.IsNullOrWhiteSpace(letter.Slice(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End))
                )
                {
                    findings.Add(
                        this,
                        Severity.Warning,
                        tokens[i - 1],
                        tokens[i],
                        $"\"{tokens[i].Text}\" is repeated.",
                        "Delete one."
                    );
                }
            }
        }
    }
}

/// <summary>R21: empty openers ("There is…", "So…", "It is important that…").</summary>
internal sealed class StartersRule : IRule
{
    public string Id => "R21";
    public string Name => "starters";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var sentence in letter.Sentences)
        {
            var t = sentence.Tokens;
            var thereIs = t.Count > 1 && t[0].Lower == "there" && t[1].Lower is "is" or "are" or "was" or "were";
            var itIsThat = t.Count > 3 && t[0].Lower == "it" && t[1].Lower == "is" && t[3].Lower == "that";
            if (thereIs || itIsThat || (t.Count > 1 && t[0].Lower == "so"))
            {
                findings.Add(
                    this,
                    Severity.Info,
                    t[0],
                    t[
                        Math.Min(
                            t.Count - 1,
                            itIsThat ? 3
                                : thereIs ? 1
                                : 0
                        )
                    ],
                    "This opening adds words but no meaning.",
                    "Start with who does what."
                );
            }
        }
    }
}

/// <summary>R22: a letter that is too long to take in.</summary>
internal sealed class LetterLengthRule(Thresholds limits) : IRule
{
    public string Id => "R22";
    public string Name => "letter-length";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        if (letter.BodyTokens.Count > limits.LetterWords)
        {
            findings.AddForBody(
                this,
                Severity.Info,
                $"The letter has {letter.BodyTokens.Count} words. Keep it under {limits.LetterWords}.",
                "Leave out what the parent does not need."
            );
        }
    }
}
