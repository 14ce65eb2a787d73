using System.Collections.Concurrent;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// Ids for the words the rules' word lists name (the first words of phrases, <see cref="PhraseMatcher{T}"/>, and the
/// sets asked about for every word, <see cref="WordSet"/>), shared by every rule in the process. A token looks its
/// word up once, when it is made, and each list then answers by id from an array: a dictionary per list cost a lookup
/// per list (more than a dozen) for nearly every word of every letter. Ids are only added, never changed; there are
/// as many as distinct such words in the rule sets loaded.
/// </summary>
internal static class WordIds
{
    public const int None = -1;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Adding = new();
    private static int Additions;

    /// <summary>Moves on whenever a word is added, so an id looked up before can tell it may be out of date (a list
    /// made after a token, such as a rule's static set first used mid-check, may name the token's word).</summary>
    public static int Version => Volatile.Read(ref Additions);

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
            if (!Ids.TryGetValue(lowerWord, out id))
            {
                Ids[lowerWord] = id = Ids.Count;
                Interlocked.Increment(ref Additions);
            }

            return id;
        }
    }
}
