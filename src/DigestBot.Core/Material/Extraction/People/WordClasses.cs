using System.Collections.Frozen;

namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Every registered <see cref="WordSet"/>'s folded words with the bits of the sets that hold them, so one lookup
/// per token answers every set at once. Sets register as their classes initialise; the table is replaced, never
/// changed, so readers take no lock, and <see cref="Known"/> says which sets a snapshot answers for.
/// </summary>
internal sealed class WordClasses
{
    /// <summary>The flag a token's cached mask carries once it has been looked up (so 0 means not yet).</summary>
    public const ulong Computed = 1UL << 63;

    private const int FoldBuffer = 32;

    private static readonly Lock Gate = new();
    private static volatile WordClasses _current = new(FrozenDictionary<string, ulong>.Empty, 0, 0);

    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClasses(FrozenDictionary<string, ulong> words, ulong known, int longest)
    {
        Words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Known = known;
        Longest = longest;
    }

    public static WordClasses Current => _current;

    public FrozenDictionary<string, ulong> Words { get; }

    /// <summary>The bits of the sets this snapshot holds.</summary>
    public ulong Known { get; }

    public int Longest { get; }

    /// <summary>The bits of the sets holding <paramref name="word"/>, with <see cref="Computed"/> set.</summary>
    public ulong MaskOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > Longest)
        {
            return Computed;
        }

        // A buffer of fixed size costs less to set up than one sized per word, and nearly every word fits.
        Span<char> folded = word.Length <= FoldBuffer ? stackalloc char[FoldBuffer] : new char[word.Length];
        folded = folded[..word.Length];
        WordSet.FoldInto(word, folded);
        return _lookup.TryGetValue(folded, out var mask) ? mask | Computed : Computed;
    }

    public static ulong Register(HashSet<string> folded)
    {
        lock (Gate)
        {
            var current = _current;
            var next = System.Numerics.BitOperations.PopCount(current.Known);
            if (next >= 63)
            {
                return 0;
            }

            var bit = 1UL << next;
            var words = new Dictionary<string, ulong>(current.Words, StringComparer.Ordinal);
            var longest = current.Longest;
            foreach (var word in folded)
            {
                words[word] = words.GetValueOrDefault(word) | bit;
                longest = Math.Max(longest, word.Length);
            }

            _current = new WordClasses(words.ToFrozenDictionary(StringComparer.Ordinal), current.Known | bit, longest);
            return bit;
        }
    }
}
