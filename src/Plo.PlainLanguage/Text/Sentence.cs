using Plo.PlainLanguage.Reading;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// A sentence of the body, or a list-item fragment (no end punctuation). Fragments are checked for
/// words only; they are not counted in sentence metrics.
/// </summary>
public sealed record Sentence(int Start, int Length, IReadOnlyList<Token> Tokens, Block Block, bool IsFragment)
{
    public int End => Start + Length;

    /// <summary>Words for sentence length: every token, masked ones included (a date is one word).</summary>
    public int WordCount => Tokens.Count;
}
