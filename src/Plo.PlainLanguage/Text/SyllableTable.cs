using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Plo.PlainLanguage.Text;

/// <summary>
/// The CMU syllable counts, looked up in the embedded word list's own bytes ("N&lt;TAB&gt;word word ...\n", one line
/// per count): an open-addressing hash table of offsets into them, built in one pass with no strings allocated. It
/// replaces a dictionary of 130,000 strings whose parsing took most of a single-letter check's time.
/// <para>The shipped table is built ahead of time (<see cref="WriteSlots"/>; a test keeps it in step with the list)
/// and both are read where the runtime mapped the library's resources (<see cref="Over"/>): building it at start-up,
/// and copying and zeroing two megabytes for it, took a third of a single letter's check.</para>
/// </summary>
public sealed unsafe class SyllableTable
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const int HeaderInts = 3; // list length, word count, slot count

    private readonly byte* _list;
    private readonly int _listLength;

    // Each slot: the word's offset in the list, shifted left 4, plus its syllable count (1–15); 0 is empty. No word
    // starts at offset 0, which holds the first line's count. Read unaligned: resources need not be.
    private readonly byte* _slots;
    private readonly int _mask;
    private readonly int _shift;

    // Arrays the pointers point into (pinned), when the table was built here rather than mapped.
    private readonly object? _owner;

    private SyllableTable(byte* list, int listLength, byte* slots, int slotCount, int count, object? owner)
    {
        _list = list;
        _listLength = listLength;
        _slots = slots;
        _mask = slotCount - 1;
        _shift = Shift(slotCount);
        Count = count;
        _owner = owner;
    }

    /// <summary>Whether the table reads memory it was given (<see cref="Over"/>) rather than arrays it built.</summary>
    public bool IsMapped => _owner is null;

    /// <summary>How many words the list holds.</summary>
    public int Count { get; }

    /// <summary>Builds the table for a list (the list is copied).</summary>
    public static SyllableTable Index(ReadOnlySpan<byte> list)
    {
        var (slots, count) = Build(list);
        var pinnedList = GC.AllocateUninitializedArray<byte>(list.Length, pinned: true);
        list.CopyTo(pinnedList);
        var pinnedSlots = GC.AllocateUninitializedArray<int>(slots.Length, pinned: true);
        slots.CopyTo(pinnedSlots, 0);
        return new SyllableTable(
            (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinnedList)),
            list.Length,
            (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinnedSlots)),
            slots.Length,
            count,
            (pinnedList, pinnedSlots)
        );
    }

    /// <summary>
    /// The table over a list and its slots (as <see cref="WriteSlots"/> wrote them) in memory that stays put for the
    /// life of the process, such as a library's mapped resources; null when the slots are not that list's.
    /// </summary>
    public static SyllableTable? Over(byte* list, int listLength, byte* slots, int slotsLength)
    {
        if (!BitConverter.IsLittleEndian || slotsLength < HeaderInts * sizeof(int))
        {
            return null;
        }

        var header = new ReadOnlySpan<byte>(slots, HeaderInts * sizeof(int));
        var (forLength, count, slotCount) = (
            BinaryPrimitives.ReadInt32LittleEndian(header),
            BinaryPrimitives.ReadInt32LittleEndian(header[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(header[8..])
        );
        return
            forLength == listLength
            && slotCount > 0
            && BitOperations.IsPow2(slotCount)
            && slotsLength == (HeaderInts + slotCount) * sizeof(int)
            ? new SyllableTable(list, listLength, slots + (HeaderInts * sizeof(int)), slotCount, count, null)
            : null;
    }

    /// <summary>Writes the slots <see cref="Over"/> reads: the list's length, the word count and the slot count,
    /// then the slots, each a little-endian 32-bit number.</summary>
    public static void WriteSlots(ReadOnlySpan<byte> list, Stream output)
    {
        var (slots, count) = Build(list);
        var bytes = new byte[(HeaderInts + slots.Length) * sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, list.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), count);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), slots.Length);
        for (var i = 0; i < slots.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((HeaderInts + i) * sizeof(int)), slots[i]);
        }

        output.Write(bytes);
    }

    private static (int[] Slots, int Count) Build(ReadOnlySpan<byte> list)
    {
        var words = list.Count((byte)' ') + list.Count((byte)'\n');
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

        return (slots, count);
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

        for (var i = Slot(hash, _shift); SlotAt(i) is var slot && slot != 0; i = (i + 1) & _mask)
        {
            if (Matches(slot >> 4, word))
            {
                syllables = (byte)(slot & 0xF);
                return true;
            }
        }

        return false;
    }

    private int SlotAt(int i) => Unsafe.ReadUnaligned<int>(_slots + ((long)i * sizeof(int)));

    private bool Matches(int start, ReadOnlySpan<char> word)
    {
        var end = start + word.Length;
        if (end >= _listLength || _list[end] is not ((byte)' ' or (byte)'\n'))
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
