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
        var lists = PostingsOf(query);
        if (lists.Length == 0)
        {
            return [];
        }

        IReadOnlyList<int> result = lists[0];
        for (var i = 1; i < lists.Length && result.Count > 0; i++)
        {
            result = SortedIds.Intersect(result, lists[i]);
        }

        return result;
    }

    /// <summary>
    /// The first <paramref name="take"/> ids holding every word of <paramref name="query"/> (and in
    /// <paramref name="within"/> when given), and how many there are in all. Counting walks the shortest list and
    /// gallops through the others, so no list of every match is built for a reply that shows ten.
    /// </summary>
    public (IReadOnlyList<int> First, int Total) Page(string query, int take, IReadOnlyList<int>? within = null)
    {
        var lists = PostingsOf(query);
        if (lists.Length == 0)
        {
            return ([], 0);
        }

        // Spans over the arrays: this loop runs once per id of the shortest list, so no interface calls in it.
        int[][] all = within is null ? lists : [within as int[] ?? [.. within], .. lists];
        Array.Sort(all, (a, b) => a.Length.CompareTo(b.Length));
        var first = new List<int>(Math.Min(take, all[0].Length));
        var total = 0;
        Span<int> from = stackalloc int[Math.Min(all.Length, 64)];
        if (all.Length > from.Length)
        {
            from = new int[all.Length];
        }

        foreach (var id in all[0])
        {
            var everywhere = true;
            for (var l = 1; l < all.Length && everywhere; l++)
            {
                from[l] = SortedIds.LowerBound(all[l].AsSpan(), id, from[l]);
                everywhere = from[l] < all[l].Length && all[l][from[l]] == id;
            }

            if (everywhere)
            {
                total++;
                if (first.Count < take)
                {
                    first.Add(id);
                }
            }
        }

        return (first, total);
    }

    public int WordCount => _postings.Count;

    /// <summary>Each distinct word's posting list, shortest first; empty when the query has no words or one is unknown.</summary>
    private int[][] PostingsOf(string query)
    {
        var keys = Words.Tokens(query).Select(t => Words.Normalize(t.Word)).Distinct().ToArray();
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
        return lists;
    }
}
