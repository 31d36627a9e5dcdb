using System.Collections.Frozen;

namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// A case-insensitive word list probed with spans, so looking a token up allocates nothing. Curly and
/// straight apostrophes compare equal because news text mixes them.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
    {
        _lookup = words.Select(w => w.Replace('’', '\'')).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!word.Contains('’'))
        {
            return _lookup.Contains(word);
        }

        Span<char> copy = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(copy);
        copy.Replace('’', '\'');
        return _lookup.Contains(copy);
    }
}
