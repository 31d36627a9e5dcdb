namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// A case-insensitive word list probed with spans, so looking a token up allocates nothing. Words are stored
/// lower-cased and probes are folded into a stack buffer: an ordinal lookup is several times faster than an
/// ignore-case one, and this runs for nearly every token. Curly and straight apostrophes compare equal.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    public WordSet(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(Fold(word));
            _longest = Math.Max(_longest, word.Length);
        }

        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > _longest)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            folded[i] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }

        return _lookup.Contains(folded);
    }

    private static string Fold(string word) => word.Replace('’', '\'').ToLowerInvariant();
}
