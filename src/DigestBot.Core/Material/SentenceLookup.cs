namespace DigestBot.Core.Material;

/// <summary>Finds the sentence holding a text position by binary search over the ordered sentence spans.</summary>
public static class SentenceLookup
{
    /// <returns>The index of the sentence holding <paramref name="position"/>, or -1 when it falls between sentences.</returns>
    public static int IndexAt(IReadOnlyList<Sentence> sentences, int position) => Search(sentences, position, out _);

    /// <returns>The sentence holding <paramref name="position"/>, else the nearest one before it (0 if none).</returns>
    public static int IndexAtOrBefore(IReadOnlyList<Sentence> sentences, int position)
    {
        var found = Search(sentences, position, out var before);
        return found >= 0 ? found : Math.Clamp(before, 0, Math.Max(sentences.Count - 1, 0));
    }

    private static int Search(IReadOnlyList<Sentence> sentences, int position, out int before)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = sentences[mid].Span;
            if (position < span.Start)
            {
                hi = mid - 1;
            }
            else if (position >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                before = mid;
                return mid;
            }
        }

        before = hi;
        return -1;
    }
}
