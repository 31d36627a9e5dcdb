namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// A case-insensitive word list probed with spans, so looking a token up allocates nothing. Words are stored
/// lower-cased and probes are folded into a stack buffer: an ordinal lookup is several times faster than an
/// ignore-case one, and this runs for nearly every token. Curly and straight apostrophes compare equal.
/// The first 63 sets also get a bit in <see cref="WordClasses"/>, so an article can look each token up once
/// for all of them (<see cref="TokenizedArticle.IsIn"/>).
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    // Cheap filters before hashing: most probes are for words of a length or first letter no entry has.
    private readonly ulong _lengths;
    private readonly uint _firstLetters;

    public WordSet(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var folded = Fold(word);
            set.Add(folded);
            _longest = Math.Max(_longest, folded.Length);
            _lengths |= 1UL << Math.Min(folded.Length, 63);
            _firstLetters |= LetterBit(folded[0]);
        }

        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Bit = WordClasses.Register(set);
    }

    /// <summary>This set's bit in <see cref="WordClasses"/>, or 0 when all bits were taken.</summary>
    public ulong Bit { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > _longest || (_lengths & (1UL << Math.Min(word.Length, 63))) == 0
            || (_firstLetters & LetterBit(char.ToLowerInvariant(word[0]))) == 0)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        FoldInto(word, folded);
        return _lookup.Contains(folded);
    }

    /// <summary>The probe folding: lower case, curly apostrophe made straight.</summary>
    internal static void FoldInto(ReadOnlySpan<char> word, Span<char> folded)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            folded[i] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }
    }

    // One bit per letter a–z, and bit 31 for anything else (digits, accents, apostrophes).
    private static uint LetterBit(char c) => c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 31;

    private static string Fold(string word) => word.Replace('’', '\'').ToLowerInvariant();
}
