namespace Plo.PlainLanguage.Text;

/// <summary>
/// Lower-case words a rule asks about for nearly every token, kept as a flag per word id (<see cref="WordIds"/>):
/// the token already knows its id, so asking is an array read rather than hashing the word again.
/// </summary>
internal sealed class WordSet
{
    private readonly bool[] _has;

    /// <param name="lowerWords">Compared with each token's <see cref="Token.Lower"/>, exactly.</param>
    public WordSet(IEnumerable<string> lowerWords)
    {
        var ids = lowerWords.Select(WordIds.Add).ToList();
        _has = new bool[ids.Count == 0 ? 0 : ids.Max() + 1];
        foreach (var id in ids)
        {
            _has[id] = true;
        }
    }

    public bool Contains(Token token) => (uint)token.WordId < (uint)_has.Length && _has[token.WordId];
}
