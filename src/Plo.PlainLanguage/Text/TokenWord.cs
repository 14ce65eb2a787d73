using System.Collections.Concurrent;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// What a token's text is as a word, worked out once: its lower-case form and its id in the rules' word lists. Word
/// tokens share one per distinct spelling (<see cref="Of(ReadOnlySpan{char})"/>): letters repeat the same few hundred
/// words, so over a folder of letters a word is cut out of the text, lowered and looked up once, not at every use.
/// </summary>
internal sealed class TokenWord
{
    // Past this many spellings (names, odd words), new ones are worked out per token and not kept: the table's memory
    // stays bounded however many letters a long-running process checks.
    private const int MaxShared = 50_000;

    private static int Kept;

    private static readonly ConcurrentDictionary<string, TokenWord> Shared = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TokenWord>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Shared.GetAlternateLookup<ReadOnlySpan<char>>();

    private int _syllables = -1;

    private TokenWord(string text)
    {
        Text = text;
        Lower = text.Contains('’', StringComparison.Ordinal)
            ? text.ToLowerInvariant().Replace('’', '\'')
            : text.ToLowerInvariant();
        foreach (var c in text)
        {
            Letters += char.IsLetter(c) ? 1 : 0;
            LettersOrDigits += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        Version = WordIds.Version; // read first: a word added meanwhile makes the id look old, never new
        WordId = WordIds.Of(Lower);
    }

    public string Text { get; }

    /// <summary>The text in lower case, with straight apostrophes.</summary>
    public string Lower { get; }

    public int WordId { get; }

    /// <summary>Letters in the text (what word-length measures count).</summary>
    public int Letters { get; }

    /// <summary>Letters and digits in the text (what the Automated Readability Index counts as characters).</summary>
    public int LettersOrDigits { get; }

    /// <summary>The <see cref="WordIds.Version"/> the id was looked up at.</summary>
    public int Version { get; }

    /// <summary>Syllables by the shared counter (<see cref="SyllableCounter.Default"/>), counted once per spelling (two
    /// threads at once may both count it, to the same number).</summary>
    public int Syllables
    {
        get
        {
            var count = _syllables;
            if (count < 0)
            {
                _syllables = count = SyllableCounter.Default.Count(Text, Lower);
            }

            return count;
        }
    }

    /// <summary>A word for this text alone (masked spans: dates, e-mails, numbers).</summary>
    public static TokenWord For(string text) => new(text);

    /// <summary>The shared word for a spelling cut from a letter.</summary>
    public static TokenWord Of(ReadOnlySpan<char> text)
    {
        var known = BySpan.TryGetValue(text, out var word);
        if (known && word!.Version == WordIds.Version)
        {
            return word;
        }

        word = new TokenWord(text.ToString());
        if (known)
        {
            Shared[word.Text] = word; // a word list grown since: the new id replaces the old
        }
        else if (Volatile.Read(ref Kept) < MaxShared && Shared.TryAdd(word.Text, word))
        {
            Interlocked.Increment(ref Kept); // counted here: the dictionary's own count takes every lock
        }

        return word;
    }
}
