namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Qualifiers before a figure ("about", "more than", "at least", "up to", "less than", "plus or minus") and
/// after it ("or more"), mapped to DigestBot's five qualifier values. A qualifier right before the number is
/// part of the span; one carried by a verb ("exceeds 7%", "approaches 9%") only sets the qualifier.
/// </summary>
internal static class Qualifiers
{
    public const string Approximately = "approximately";
    public const string AtLeast = "at least";
    public const string AtMost = "at most";
    public const string MoreThan = "more than";
    public const string LessThan = "less than";
    public const string UpTo = "up to";

    private static readonly (string[] Words, string? Qualifier)[] Before = Build(
    [
        ("about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|close to|just about|circa|roughly about", Approximately),
        ("more than|over|above|past|a bit over|just over|upwards of|in excess of|greater than|longer than|higher than|well over|a bit more than|slightly more than|well above", MoreThan),
        ("at least|a minimum of|minimum|no less than|no fewer than|not less than", AtLeast),
        ("up to|as much as|as many as|as long as|as high as|as large as|as big as", UpTo),
        ("less than|fewer than|under|below|just under|slightly less than|shorter than|lower than|a bit under", LessThan),
        ("no more than|at most|not more than", AtMost),
        ("plus or minus", null),
    ]);

    private static readonly (string[] Words, string Qualifier)[] Verbs = Build(
    [
        ("exceeds|exceeded|exceeding|tops|topped|surpasses|surpassed|surpassing", MoreThan),
        ("approaches|approached|approaching|nearing|nears|neared", Approximately),
    ]);

    /// <summary>Widens a candidate over a qualifier before it, or notes a verb qualifier, and takes "or more" after it.</summary>
    public static FigureCandidate Attach(TokenStream s, FigureCandidate candidate, bool isDuration)
    {
        if (candidate.Qualifier is not null || candidate.Vague)
        {
            return candidate;
        }

        var result = candidate;
        if (TryBefore(s, candidate.Start, Before, out var start, out var qualifier) && !(isDuration && IsDuring(s, start)) && !IsDeterminedTime(s, start))
        {
            result = result with { Start = start, Qualifier = qualifier };
        }
        else if (TryBefore(s, candidate.Start, Verbs, out _, out qualifier))
        {
            result = result with { Qualifier = qualifier, QualifierOutside = true };
        }

        // "$3million or more", "15-plus years".
        if (s.IsWord(result.End, "or") && s.IsAnyWord(result.End + 1, "more", "above", "higher") && s.SameLine(result.End))
        {
            result = result with { End = result.End + 2, Qualifier = result.Qualifier ?? AtLeast };
        }
        else if (s.IsWord(result.End, "or") && s.IsAnyWord(result.End + 1, "less", "fewer", "below") && s.SameLine(result.End))
        {
            result = result with { End = result.End + 2, Qualifier = result.Qualifier ?? AtMost };
        }

        return result;
    }

    // "the past two winners", "this over 50 crowd": after a determiner "past"/"over"/"some" do not qualify.
    private static bool IsDeterminedTime(TokenStream s, int qualifierStart) =>
        s.IsAnyWord(qualifierStart, "past", "over", "some", "under") &&
        s.IsAnyWord(qualifierStart - 1, "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your");

    // "over ten years", "under two years" read as "during"/"within", not as more/less than.
    private static bool IsDuring(TokenStream s, int qualifierStart) => s.IsAnyWord(qualifierStart, "over", "under", "past", "some");

    private static bool TryBefore<T>(TokenStream s, int start, (string[] Words, T Qualifier)[] phrases, out int phraseStart, out T qualifier)
    {
        foreach (var (words, value) in phrases)
        {
            var first = start - words.Length;
            if (first < 0 || !s.SameLine(start - 1))
            {
                continue;
            }

            var k = 0;
            while (k < words.Length && s.IsWord(first + k, words[k]))
            {
                k++;
            }

            if (k == words.Length)
            {
                phraseStart = first;
                qualifier = value;
                return true;
            }
        }

        phraseStart = start;
        qualifier = default!;
        return false;
    }

    private static (string[] Words, T Qualifier)[] Build<T>((string Phrases, T Qualifier)[] groups) =>
        groups
            .SelectMany(g => g.Phrases.Split('|').Select(p => (Words: p.Split(' '), g.Qualifier)))
            .OrderByDescending(p => p.Words.Length)
            .ToArray();
}
