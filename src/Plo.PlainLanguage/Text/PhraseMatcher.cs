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
    /// <remarks>A struct to walk with <c>foreach</c>: rules ask for every paragraph or sentence, and an iterator
    /// object each time was a fifth of what checking a letter allocated.</remarks>
    public MatchList Matches(List<Token> tokens) => new(this, tokens);

    /// <summary>The same matches, added to a list the caller reuses.</summary>
    public void AddMatches(List<Token> tokens, List<(int Index, int Count, T Value)> matches)
    {
        foreach (var match in Matches(tokens))
        {
            matches.Add(match);
        }
    }

    /// <summary>The matches in a run of tokens, found as they are walked.</summary>
    public readonly struct MatchList(PhraseMatcher<T> matcher, List<Token> tokens)
        : IEnumerable<(int Index, int Count, T Value)>
    {
        public Enumerator GetEnumerator() => new(matcher, tokens);

        IEnumerator<(int Index, int Count, T Value)> IEnumerable<(int Index, int Count, T Value)>.GetEnumerator() =>
            GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Walks the tokens from the start, each match skipping the tokens it covers.</summary>
    public struct Enumerator(PhraseMatcher<T> matcher, List<Token> tokens)
        : IEnumerator<(int Index, int Count, T Value)>
    {
        private int _next;

        public (int Index, int Count, T Value) Current { get; private set; }

        readonly object? System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (_next < tokens.Count)
            {
                var at = _next;
                if (matcher.MatchAt(tokens, at) is { } entry)
                {
                    Current = (at, entry.Words.Length, entry.Value);
                    _next = at + entry.Words.Length;
                    return true;
                }

                _next = at + 1;
            }

            return false;
        }

        public void Reset() => _next = 0;

        public readonly void Dispose() { }
    }

    /// <summary>The longest phrase that starts at a token, if any.</summary>
    private Entry? MatchAt(List<Token> tokens, int i)
    {
        if (!tokens[i].IsWord)
        {
            return null; // masked tokens (dates, numbers) start no phrase: their id is not looked at
        }

        var id = tokens[i].WordId;
        if ((uint)id >= (uint)_byFirstWord.Length || _byFirstWord[id] is not { } candidates)
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            if (Fits(tokens, i, entry))
            {
                return entry;
            }
        }

        return null;
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
