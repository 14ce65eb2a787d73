using System.Numerics;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// The CMU syllable counts, looked up in the embedded word list's own bytes ("N&lt;TAB&gt;word word ...\n", one line
/// per count): an open-addressing hash table of offsets into them, built in one pass with no strings allocated. It
/// replaces a dictionary of 130,000 strings whose parsing took most of a single-letter check's time.
/// </summary>
public sealed class SyllableTable
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly byte[] _list;

    // Each slot: the word's offset in _list, shifted left 4, plus its syllable count (1–15); 0 is empty. No word
    // starts at offset 0, which holds the first line's count.
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    private SyllableTable(byte[] list, int[] slots, int count)
    {
        _list = list;
        _slots = slots;
        _mask = slots.Length - 1;
        _shift = Shift(slots.Length);
        Count = count;
    }

    /// <summary>How many words the list holds.</summary>
    public int Count { get; }

    public static SyllableTable Index(byte[] list)
    {
        var words = list.AsSpan().Count((byte)' ') + list.AsSpan().Count((byte)'\n');
        var slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(words * 2, 16))];
        var count = 0;
        var syllables = 0;
        var start = -1;
        var hash = FnvOffset;
        for (var i = 0; i < list.Length; i++)
        {
            var b = list[i];
            if (start < 0)
            {
                // The line's count, up to its tab.
                if (b == '\t')
                {
                    start = i + 1;
                    hash = FnvOffset;
                }
                else
                {
                    syllables = (syllables * 10) + (b - '0');
                }

                continue;
            }

            if (b is (byte)' ' or (byte)'\n')
            {
                Insert(slots, hash, start, syllables);
                count++;
                hash = FnvOffset;
                start = i + 1;
                if (b == '\n')
                {
                    start = -1;
                    syllables = 0;
                }

                continue;
            }

            hash = (hash ^ b) * FnvPrime;
        }

        return new SyllableTable(list, slots, count);
    }

    /// <summary>The count for a lower-case word, when the list has it.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out byte syllables)
    {
        syllables = 0;
        var hash = FnvOffset;
        foreach (var c in word)
        {
            if (c > 127)
            {
                return false;
            }

            hash = (hash ^ c) * FnvPrime;
        }

        for (var i = Slot(hash, _shift); _slots[i] != 0; i = (i + 1) & _mask)
        {
            var start = _slots[i] >> 4;
            if (Matches(start, word))
            {
                syllables = (byte)(_slots[i] & 0xF);
                return true;
            }
        }

        return false;
    }

    private bool Matches(int start, ReadOnlySpan<char> word)
    {
        var end = start + word.Length;
        if (end >= _list.Length || _list[end] is not ((byte)' ' or (byte)'\n'))
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (_list[start + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static void Insert(int[] slots, uint hash, int start, int syllables)
    {
        if (syllables is < 1 or > 15)
        {
            throw new InvalidDataException($"A syllable count of {syllables} does not fit the table (1 to 15).");
        }

        var mask = slots.Length - 1;
        var i = Slot(hash, Shift(slots.Length));
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = (start << 4) | syllables;
    }

    // FNV-1a's low bits alone cluster badly for short, similar words; Fibonacci hashing spreads them over the table.
    private static int Slot(uint hash, int shift) => (int)((hash * 2654435769u) >> shift);

    private static int Shift(int slots) => 32 - BitOperations.Log2((uint)slots);
}
