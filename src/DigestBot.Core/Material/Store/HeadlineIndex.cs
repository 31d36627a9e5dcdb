using System.Collections.Frozen;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Material.Store;

/// <summary>
/// Headline lookup for /summary: the newest article whose headline contains every typed word, case-insensitively,
/// as substrings. Candidates come from the headline vocabulary (folded words → article positions), which grows far
/// more slowly than the number of articles; only candidates are checked against the headline itself.
/// </summary>
public sealed class HeadlineIndex
{
    private readonly string[] _titles;
    private readonly string[] _words;
    private readonly FrozenDictionary<string, int[]> _postings;

    private HeadlineIndex(string[] titles, FrozenDictionary<string, int[]> postings)
    {
        _titles = titles;
        _postings = postings;
        _words = [.. postings.Keys];
    }

    public static HeadlineIndex Build(IReadOnlyList<string> titles)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // Folding costs a string per token: once per distinct spelling, then looked up by span (see WordIndex).
        var bySpelling = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = bySpelling.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = 0; id < titles.Count; id++)
        {
            var title = titles[id].AsSpan();
            foreach (var range in new WordSpans(title))
            {
                if (!lookup.TryGetValue(title[range], out var list))
                {
                    var spelling = title[range].ToString();
                    var key = Text.Fold(spelling);
                    if (!lists.TryGetValue(key, out list))
                    {
                        lists[key] = list = [];
                    }

                    bySpelling[spelling] = list;
                }

                if (list.Count == 0 || list[^1] != id)
                {
                    list.Add(id);
                }
            }
        }

        return new HeadlineIndex([.. titles], lists.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Position of the first (newest) headline holding every word of <paramref name="query"/>, or -1.</summary>
    public int FindFirst(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return _titles.Length > 0 ? 0 : -1;
        }

        // A word with punctuation may span tokens ("U.S.", "Putin's"): only a plain scan is sure to find it.
        var plain = words.Where(w => w.All(char.IsLetterOrDigit)).Select(Text.Fold).ToArray();
        if (plain.Length == 0)
        {
            return Scan(words, Enumerable.Range(0, _titles.Length));
        }

        var rarest = plain.Select(Candidates).MinBy(c => c.Count)!;
        return Scan(words, rarest);
    }

    /// <summary>Articles whose headline has a word containing <paramref name="folded"/>, ascending.</summary>
    private List<int> Candidates(string folded)
    {
        var ids = new List<int>();
        foreach (var word in _words)
        {
            if (word.Contains(folded, StringComparison.Ordinal))
            {
                ids.AddRange(_postings[word]);
            }
        }

        ids.Sort();
        return ids;
    }

    private int Scan(string[] words, IEnumerable<int> candidates)
    {
        foreach (var id in candidates)
        {
            if (words.All(w => _titles[id].Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return id;
            }
        }

        return -1;
    }
}
