using Plo.PlainLanguage.Reading;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// A sentence of the body, or a list-item fragment (no end punctuation). Fragments are checked for
/// words only; they are not counted in sentence metrics.
/// </summary>
/// <remarks>Tokens are a <see cref="List{T}"/>, to be treated as read-only: every rule walks them, and through
/// <c>IReadOnlyList</c> each step was an interface call (and each <c>foreach</c> an enumerator allocated) in the
/// native checker.</remarks>
public sealed record Sentence(int Start, int Length, List<Token> Tokens, Block Block, bool IsFragment)
{
    public int End => Start + Length;

    /// <summary>Words for sentence length: every token, masked ones included (a date is one word).</summary>
    public int WordCount => Tokens.Count;
}
