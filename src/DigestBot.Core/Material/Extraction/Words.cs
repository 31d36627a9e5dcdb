namespace DigestBot.Core.Material.Extraction;

/// <summary>Word tokenising and normalising shared by the summary and the word index.</summary>
public static class Words
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
        "he", "her", "his", "i", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "them",
        "they", "this", "to", "was", "we", "were", "which", "who", "will", "with", "would", "she", "said",
        "not", "also", "there", "these", "those", "our", "you", "your", "than", "then", "so", "if", "into",
        "about", "after", "over", "could", "can", "may", "might", "more", "most", "other", "some", "such",
        "no", "do", "did", "does", "what", "when", "where", "how", "all", "any", "both", "each", "up", "out",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word token with its span: letters and digits, inner apostrophes and hyphens kept.</summary>
    public static IEnumerable<(string Word, TextSpan Span)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            yield return (text[start..i], new TextSpan(start, i));
        }
    }

    /// <summary>True for a normalised word <see cref="ContentWords"/> keeps: longer than two letters, not a stop word.</summary>
    internal static bool IsContentWord(ReadOnlySpan<char> normalized) =>
        normalized.Length > 2 && !StopWordLookup.Contains(normalized);

    public static IEnumerable<string> ContentWords(string text) =>
        Tokens(text).Select(t => Normalize(t.Word)).Where(w => w.Length > 2 && !StopWords.Contains(w));

    /// <summary>Lower-case, accents removed, possessive dropped: "Putin’s" → "putin", "Zelenskyy" → "zelenskyy".</summary>
    public static string Normalize(string word)
    {
        var folded = Text.Fold(word);
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        return folded;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
