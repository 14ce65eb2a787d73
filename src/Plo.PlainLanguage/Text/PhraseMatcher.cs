namespace Plo.PlainLanguage.Text;

/// <summary>
/// Finds phrases from a word list in a run of tokens in one pass, keyed on each phrase's first word.
/// Matching ignores case, except for phrases written in capitals (acronyms such as "LA" or "CP"),
/// which must match exactly so ordinary words are not mistaken for them.
/// </summary>
public sealed class PhraseMatcher<T>
{
    // By the first word's id (WordIds): looked at for nearly every word of every letter, mostly empty.
    private readonly Entry[]?[] _byFirstWord;

    private sealed record Entry(string[] Words, bool CaseSensitive, string[] Original, T Value);

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var byFirstWord = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (phrase, value) in phrases)
        {
            var words = Tokenizer.PhraseWords(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            var caseSensitive = phrase.Any(char.IsLetter) && phrase.Where(char.IsLetter).All(char.IsUpper);
            var original = caseSensitive ? Tokenizer.PhraseWords(phrase, lowercase: false) : words;
            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add(new Entry(words, caseSensitive, original, value));
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length)); // longest match first
        }

        var ids = byFirstWord.Keys.ToDictionary(w => w, WordIds.Add, StringComparer.Ordinal);
        _byFirstWord = new Entry[]?[ids.Count == 0 ? 0 : ids.Values.Max() + 1];
        foreach (var (word, entries) in byFirstWord)
        {
            _byFirstWord[ids[word]] = [.. entries];
        }
    }

    /// <summary>Non-overlapping matches, longest first, as (first token index, token count, value).</summary>
    public IEnumerable<(int Index, int Count, T Value)> Matches(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue; // masked tokens (dates, numbers) start no phrase: their id is not looked at
            }

            var id = tokens[i].WordId;
            if ((uint)id >= (uint)_byFirstWord.Length || _byFirstWord[id] is not { } candidates)
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (Fits(tokens, i, entry))
                {
                    yield return (i, entry.Words.Length, entry.Value);
                    i += entry.Words.Length - 1;
                    break;
                }
            }
        }
    }

    private static bool Fits(List<Token> tokens, int at, Entry entry)
    {
        if (at + entry.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Words.Length; k++)
        {
            var token = tokens[at + k];
            var same = entry.CaseSensitive
                ? string.Equals(token.Text.Replace('’', '\''), entry.Original[k], StringComparison.Ordinal)
                : string.Equals(token.Lower, entry.Words[k], StringComparison.Ordinal);
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || !same)
            {
                return false;
            }
        }

        return true;
    }
}
