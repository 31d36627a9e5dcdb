namespace DigestBot.Core.Material.Store;

/// <summary>Set operations on ascending id lists, as the indexes hand them out.</summary>
public static class SortedIds
{
    /// <summary>
    /// Ids in both lists, ascending. When one list is much shorter, each of its ids is found in the longer one by
    /// galloping search, so a rare word against a common one costs the rare word's length times a log, not both lengths.
    /// </summary>
    public static IReadOnlyList<int> Intersect(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        if (a.Count == 0)
        {
            return [];
        }

        var result = new List<int>(a.Count);
        if (a.Count * 16 < b.Count)
        {
            var from = 0;
            for (var i = 0; i < a.Count && from < b.Count; i++)
            {
                from = LowerBound(b, a[i], from);
                if (from < b.Count && b[from] == a[i])
                {
                    result.Add(a[i]);
                }
            }

            return result;
        }

        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                result.Add(a[x]);
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return result;
    }

    /// <summary>How many ids are below <paramref name="bound"/>: the length of the prefix before it.</summary>
    public static int CountBelow(IReadOnlyList<int> ids, int bound) => LowerBound(ids, bound, 0);

    /// <summary>First position at or after <paramref name="from"/> whose id is ≥ <paramref name="value"/>.</summary>
    public static int LowerBound(ReadOnlySpan<int> ids, int value, int from)
    {
        // Neighbouring ids are usually close: a few linear steps first, then gallop and binary search.
        for (var steps = 0; steps < 8 && from < ids.Length; steps++, from++)
        {
            if (ids[from] >= value)
            {
                return from;
            }
        }

        var step = 1;
        var hi = from;
        while (hi < ids.Length && ids[hi] < value)
        {
            from = hi + 1;
            hi += step;
            step <<= 1;
        }

        hi = Math.Min(hi, ids.Length);
        while (from < hi)
        {
            var mid = (from + hi) >>> 1;
            if (ids[mid] < value)
            {
                from = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return from;
    }

    /// <summary>First position at or after <paramref name="from"/> whose id is ≥ <paramref name="value"/>.</summary>
    public static int LowerBound(IReadOnlyList<int> ids, int value, int from) => ids switch
    {
        // The indexes hand out arrays and lists; anything else is copied once.
        int[] array => LowerBound(array.AsSpan(), value, from),
        List<int> list => LowerBound(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), value, from),
        _ => LowerBound(ids.ToArray().AsSpan(), value, from),
    };
}
