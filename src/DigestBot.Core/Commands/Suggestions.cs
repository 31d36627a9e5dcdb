namespace DigestBot.Core.Commands;

/// <summary>"Did you mean …?": close matches by edit distance, for commands, options and speakers.</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3)
    {
        var folded = input.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(folded, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Candidate.Length / 3) || x.Candidate.StartsWith(folded, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToArray();
    }

    public static string DidYouMean(IReadOnlyList<string> options) => options.Count switch
    {
        0 => "",
        1 => $"Did you mean {options[0]}?",
        _ => $"Did you mean {string.Join(", ", options.Take(options.Count - 1))} or {options[^1]}?",
    };

    /// <summary>Levenshtein distance with the two-row table.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
