using System.Collections.Frozen;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Material.Store;

/// <summary>
/// Word → ascending ids of the entries holding it. Lookups of several words intersect the posting lists,
/// so a query costs the length of its rarest word's list, not a scan.
/// </summary>
public sealed class WordIndex
{
    private readonly FrozenDictionary<string, int[]> _postings;

    private WordIndex(FrozenDictionary<string, int[]> postings) => _postings = postings;

    public static WordIndex Build(IReadOnlyList<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // Tokens as written → their key's list: normalising (Unicode decomposition, folding) costs a string per
        // token, so it is done once per distinct spelling, and looked up by span without allocating after that.
        var bySpelling = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = bySpelling.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = 0; id < entries.Count; id++)
        {
            var entry = entries[id].AsSpan();
            foreach (var range in new WordSpans(entry))
            {
                var token = entry[range];
                if (!lookup.TryGetValue(token, out var list))
                {
                    var spelling = token.ToString();
                    var key = Words.Normalize(spelling);
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

        return new WordIndex(lists.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Ids of entries holding every word of <paramref name="query"/>, ascending.</summary>
    public IReadOnlyList<int> Match(string query)
    {
        var keys = Words.Tokens(query).Select(t => Words.Normalize(t.Word)).Distinct().ToArray();
        if (keys.Length == 0)
        {
            return [];
        }

        var lists = new int[keys.Length][];
        for (var i = 0; i < keys.Length; i++)
        {
            if (!_postings.TryGetValue(keys[i], out var list))
            {
                return [];
            }

            lists[i] = list;
        }

        Array.Sort(lists, (a, b) => a.Length.CompareTo(b.Length));
        IReadOnlyList<int> result = lists[0];
        for (var i = 1; i < lists.Length && result.Count > 0; i++)
        {
            result = SortedIds.Intersect(result, lists[i]);
        }

        return result;
    }

    public int WordCount => _postings.Count;
}
