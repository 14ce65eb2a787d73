namespace Plo.PlainLanguage.Text;

/// <summary>
/// Syllables per word: the CMU Pronouncing Dictionary first, then British spellings mapped to
/// American ones, then a vowel-group heuristic. Acronyms are spelt out (PLO = 3, W = 3).
/// Hyphenated words add up their parts.
/// </summary>
public sealed class SyllableCounter
{
    private static readonly Lazy<SyllableCounter> Shared = new(() => new SyllableCounter(LoadCmu()));
    private readonly SyllableTable _cmu;

    public SyllableCounter(SyllableTable table) => _cmu = table;

    public static SyllableCounter Default => Shared.Value;

    /// <summary>The CMU counts this counter looks words up in.</summary>
    public SyllableTable Table => _cmu;

    public int Count(string word) => Count(word, word.ToLowerInvariant().Replace('’', '\''));

    /// <param name="word">The word as written (capitals tell acronyms apart).</param>
    /// <param name="lowerWord">The same word in lower case with straight apostrophes.</param>
    public int Count(string word, string lowerWord)
    {
        if (IsAcronym(word))
        {
            var letters = 0;
            foreach (var c in word)
            {
                letters +=
                    c is 'W' ? 3
                    : char.IsUpper(c) ? 1
                    : 0;
            }

            return letters;
        }

        if (_cmu.TryGet(lowerWord, out var direct))
        {
            return direct;
        }

        var lower = lowerWord.Trim('\'', '.', '-');
        if (lower.Length == 0)
        {
            return 0;
        }

        if (Lookup(lower) is { } known)
        {
            return known;
        }

        return lower.Contains('-', StringComparison.Ordinal) || lower.Contains('.', StringComparison.Ordinal)
            ? lower.Split('-', '.').Where(p => p.Length > 0).Sum(CountPart)
            : CountPart(lower);
    }

    private int CountPart(string lower) => Lookup(lower) ?? Heuristic(lower);

    private int? Lookup(string lower)
    {
        if (_cmu.TryGet(lower, out var count))
        {
            return count;
        }

        if (lower.EndsWith("'s", StringComparison.Ordinal) && _cmu.TryGet(lower.AsSpan(0, lower.Length - 2), out count))
        {
            return count;
        }

        foreach (var american in BritishSpelling.Americanise(lower))
        {
            if (_cmu.TryGet(american, out count))
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>Vowel groups, less a silent final e and a silent -ed/-es, plus a few two-vowel splits (ia, io, eo,
    /// uo).</summary>
    public static int Heuristic(string lower)
    {
        var letters = new string([.. lower.Where(char.IsLetter)]);
        if (letters.Length <= 3)
        {
            return 1;
        }

        var count = 0;
        var previousVowel = false;
        foreach (var c in letters)
        {
            var vowel = "aeiouy".Contains(c, StringComparison.Ordinal);
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (
            letters.EndsWith('e')
            && !letters.EndsWith("le", StringComparison.Ordinal)
            && !letters.EndsWith("ee", StringComparison.Ordinal)
        )
        {
            count--;
        }
        else if (
            letters.EndsWith("ed", StringComparison.Ordinal)
            && !letters.EndsWith("ted", StringComparison.Ordinal)
            && !letters.EndsWith("ded", StringComparison.Ordinal)
        )
        {
            count--;
        }
        else if (
            letters.EndsWith("es", StringComparison.Ordinal)
            && !EndsWithAny(letters, "ses", "zes", "ces", "ges", "xes", "shes", "ches", "les")
        )
        {
            count--;
        }

        foreach (var split in new[] { "ia", "io", "eo", "uo", "iu" })
        {
            for (
                var i = letters.IndexOf(split, StringComparison.Ordinal);
                i >= 0;
                i = letters.IndexOf(split, i + 1, StringComparison.Ordinal)
            )
            {
                var before = i > 0 ? letters[i - 1] : ' ';
                if (before is not ('t' or 's' or 'c' or 'q' or 'g' or 'x'))
                {
                    count++;
                }
            }
        }

        count += EndsWithAny(letters, "iest", "ier") ? 1 : 0; // happiest, happier
        return Math.Max(1, count);
    }

    /// <summary>Two to six capital letters, maybe with a plural s (GPs).</summary>
    public static bool IsAcronym(string word)
    {
        var core = word.Length > 2 && word[^1] == 's' ? word.AsSpan(0, word.Length - 1) : word.AsSpan();
        if (core.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in core)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithAny(string s, params string[] endings) =>
        endings.Any(e => s.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The list and its prebuilt slots where the runtime mapped them; built from a copy of the list only if
    /// they are not mapped memory or do not belong together.</summary>
    private static unsafe SyllableTable LoadCmu()
    {
        using var list = Resource("cmu-syllables.txt");
        using var slots = Resource("cmu-syllables.slots");
        if (
            list is UnmanagedMemoryStream mappedList
            && slots is UnmanagedMemoryStream mappedSlots
            && SyllableTable.Over(
                mappedList.PositionPointer,
                checked((int)mappedList.Length),
                mappedSlots.PositionPointer,
                checked((int)mappedSlots.Length)
            )
                is { } mapped
        )
        {
            return mapped;
        }

        var bytes = new byte[list.Length];
        list.ReadExactly(bytes);
        return SyllableTable.Index(bytes);
    }

    private static Stream Resource(string name) =>
        typeof(SyllableCounter).Assembly.GetManifestResourceStream($"Plo.PlainLanguage.{name}")
        ?? throw new InvalidOperationException($"The syllable table's {name} is missing from the library.");
}
