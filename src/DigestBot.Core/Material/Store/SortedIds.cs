namespace DigestBot.Core.Material.Store;

/// <summary>Set operations on ascending id lists, as the indexes hand them out.</summary>
public static class SortedIds
{
    public static IReadOnlyList<int> Intersect(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        var result = new List<int>(Math.Min(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j])
            {
                result.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
