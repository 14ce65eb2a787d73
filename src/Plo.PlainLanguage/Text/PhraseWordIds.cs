using System.Collections.Concurrent;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// Ids for the words that phrases in word lists start with, shared by every <see cref="PhraseMatcher{T}"/> in the
/// process. A token looks its word up once, when it is made, and each matcher then finds its candidates by id in an
/// array: a dictionary per matcher cost a lookup per matcher (a dozen of them) for nearly every word of every letter.
/// Ids are only added, never changed; there are as many as distinct first words in the rule sets loaded.
/// </summary>
internal static class PhraseWordIds
{
    public const int None = -1;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Adding = new();

    /// <summary>The id of a lower-case word, or <see cref="None"/> when no word list starts with it.</summary>
    public static int Of(string lowerWord) => Ids.TryGetValue(lowerWord, out var id) ? id : None;

    /// <summary>The id of a word a phrase starts with, given it the first time.</summary>
    public static int Add(string lowerWord)
    {
        if (Ids.TryGetValue(lowerWord, out var id))
        {
            return id;
        }

        lock (Adding)
        {
            return Ids.TryGetValue(lowerWord, out id) ? id : Ids[lowerWord] = Ids.Count;
        }
    }
}
