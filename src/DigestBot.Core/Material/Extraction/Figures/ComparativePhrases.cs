namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Comparative phrases that bound a number ("more than", "no less than", "up to", "equal to or less than"),
/// longest first so "less than or equal to" wins over "less than".
/// </summary>
internal static class ComparativePhrases
{
    private static readonly (string[] Words, BoundKind Kind, bool Inclusive)[] Phrases = Build();

    public static bool TryMatch(TokenStream s, int i, out int end, out BoundKind kind, out bool inclusive)
    {
        foreach (var (words, phraseKind, phraseInclusive) in Phrases)
        {
            var k = 0;
            while (k < words.Length && s.IsWord(i + k, words[k]))
            {
                k++;
            }

            if (k == words.Length)
            {
                end = i + k;
                kind = phraseKind;
                inclusive = phraseInclusive;
                return true;
            }
        }

        end = i;
        kind = default;
        inclusive = false;
        return false;
    }

    private static (string[] Words, BoundKind Kind, bool Inclusive)[] Build()
    {
        (string Phrases, BoundKind Kind, bool Inclusive)[] groups =
        [
            ("more than|greater than|larger than|higher than|bigger than|above|over|exceeding|exceeds|exceeded|surpass|surpassing|surpassed|in excess of", BoundKind.Lower, false),
            ("no less than|not less than|at least|no fewer than|not fewer than|greater than or equal to|more than or equal to|larger than or equal to|higher than or equal to|" +
             "greater or equal than|higher or equal than|larger or equal than|more or equal than|greater or equal to|equal to or more than|equal to or greater than|" +
             "equal to or higher than|equal to or larger than|at least or equal to|no lower than|no smaller than", BoundKind.Lower, true),
            ("less than|fewer than|smaller than|lower than|below|under", BoundKind.Upper, false),
            ("no more than|not more than|at most|up to|less than or equal to|fewer than or equal to|smaller than or equal to|lower than or equal to|" +
             "less or equal than|lower or equal than|smaller or equal than|less or equal to|equal to or less than|equal to or fewer than|equal to or smaller than|" +
             "equal to or lower than|no greater than|no higher than|no larger than|not greater than|not higher than|not exceeding", BoundKind.Upper, true),
            ("equal to|equals to|equals|equaling to|equalling to|equaling", BoundKind.Equal, true),
        ];
        return groups
            .SelectMany(g => g.Phrases.Split('|').Select(p => (Words: p.Split(' '), g.Kind, g.Inclusive)))
            .OrderByDescending(p => p.Words.Length)
            .ToArray();
    }
}
