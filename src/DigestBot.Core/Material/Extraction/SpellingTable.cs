using System.Numerics;

namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Words as written to a number, probed with spans: a memo for <see cref="WordCounts"/>. The spellings lie side
/// by side in one character array and are found by open addressing, so a hit reads a slot, an entry and the
/// characters instead of chasing a string object elsewhere on the heap (this runs for every word of a summary).
/// A probe gives up after <see cref="MaxProbes"/> slots and the caller works the number out again: text written
/// to collide costs the slow path, never time growing with the table. The seed is per process for the same reason.
/// </summary>
internal sealed class SpellingTable
{
    private const int MaxProbes = 64;
    private static readonly uint Seed = (uint)Random.Shared.Next();

    private int[] _slots = new int[4096]; // entry index + 1; 0 is empty
    private Entry[] _entries = new Entry[1024];
    private char[] _chars = new char[8192];
    private int _used;

    public int Count { get; private set; }

    public bool TryGetValue(ReadOnlySpan<char> word, out int value)
    {
        var hash = Hash(word);
        var mask = _slots.Length - 1;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var slot = _slots[(int)((hash + (uint)probe) & (uint)mask)];
            if (slot == 0)
            {
                break;
            }

            ref readonly var entry = ref _entries[slot - 1];
            if (entry.Hash == hash && _chars.AsSpan(entry.Start, entry.Length).SequenceEqual(word))
            {
                value = entry.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>Remembers a spelling not in the table (or forgets it at once, past <see cref="MaxProbes"/> collisions).</summary>
    public void Add(ReadOnlySpan<char> word, int value)
    {
        // At most three slots in eight taken keeps linear probing's runs far shorter than MaxProbes.
        if ((Count + 1) * 8 > _slots.Length * 3)
        {
            Grow();
        }

        var hash = Hash(word);
        var mask = (uint)_slots.Length - 1;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            ref var slot = ref _slots[(int)((hash + (uint)probe) & mask)];
            if (slot != 0)
            {
                continue;
            }

            if (Count == _entries.Length)
            {
                Array.Resize(ref _entries, Count * 2);
            }

            if (_used + word.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + word.Length));
            }

            word.CopyTo(_chars.AsSpan(_used));
            _entries[Count] = new Entry(hash, _used, word.Length, value);
            _used += word.Length;
            slot = ++Count;
            return;
        }
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
        _used = 0;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = (uint)_slots.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            // Every entry found a free slot among its first probes before; in a table twice the size it still
            // does unless the collisions were planned, and then dropping the memo changes nothing but speed.
            for (var probe = 0; probe < MaxProbes; probe++)
            {
                ref var slot = ref _slots[(int)((_entries[i].Hash + (uint)probe) & mask)];
                if (slot == 0)
                {
                    slot = i + 1;
                    break;
                }
            }
        }
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = (BitOperations.RotateLeft(hash, 5) ^ c) * 0x9E3779B1u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        return hash ^ (hash >> 13);
    }

    private readonly record struct Entry(uint Hash, int Start, int Length, int Value);
}
