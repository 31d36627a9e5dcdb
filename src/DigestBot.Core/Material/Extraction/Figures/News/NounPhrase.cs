using System.Collections.Frozen;

namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// The noun phrase a count or measure applies to, read from the words after it: up to five words, ending at
/// the first plural noun ("two Vermont developers", "four rotating battalion-sized units") and never crossing a
/// function word, a verb form, punctuation or another number.
/// </summary>
internal static class NounPhrase
{
    private const int MaxWords = 5;

    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto",
        "about", "over", "under", "after", "before", "since", "until", "during", "through", "between", "among", "against", "per",
        "than", "as", "like", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "if", "because", "though",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "said", "says", "say", "told", "tell", "get", "got", "gets", "go", "went",
        "he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "us", "me", "his", "its", "their", "our", "your", "my",
        "this", "these", "those", "there", "here", "then", "so", "also", "not", "no", "all", "each", "every", "both", "either",
        "neither", "more", "most", "less", "least", "other", "another", "such", "only", "just", "even", "still", "ago", "later",
        "earlier", "apiece", "each", "respectively", "now", "already", "yet", "out", "up", "down", "off", "away", "back", "again",
        "percent", "times", "a.m", "p.m", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "minute", "minutes", "decade", "decades", "including", "according", "versus", "vs", "via", "plus", "minus", "whether",
        "overnight", "today", "yesterday", "tomorrow", "tonight", "annually", "abroad", "instead", "too", "very",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stops.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The end token of the noun phrase starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    public static int End(TokenStream s, int i, bool allowSingular)
    {
        var k = i;
        var words = 0;
        var lastGood = i;
        while (words < MaxWords && IsPhraseWord(s, k) && s.SameLine(k - 1) && !s.Adjacent(k - 1))
        {
            var wordEnd = CompoundEnd(s, k);
            var word = s.Span(wordEnd - 1);
            words++;
            if (IsPlural(word))
            {
                return wordEnd;
            }

            if (IsVerbLike(s.Span(k)) && !IsPhraseWord(s, wordEnd))
            {
                break;
            }

            if (words == 1 && allowSingular && !IsVerbLike(s.Span(k)) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                lastGood = wordEnd;
            }

            k = wordEnd;
        }

        return lastGood;
    }

    /// <summary>"of" + noun phrase after a vague quantity or a measure: "thousands of civilian deaths", "tons of aluminum".</summary>
    public static int OfPhraseEnd(TokenStream s, int i)
    {
        if (!s.IsWord(i, "of") || !s.SameLine(i))
        {
            return i;
        }

        var k = i + 1;
        var words = 0;
        var end = i;
        while (words < MaxWords && (IsPhraseWord(s, k) || IsAbbreviation(s, k)) && s.SameLine(k - 1) && !s.Span(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            var wordEnd = IsAbbreviation(s, k) ? AbbreviationEnd(s, k) : CompoundEnd(s, k);
            if (IsVerbLike(s.Span(k)) && words > 0)
            {
                break;
            }

            words++;
            end = wordEnd;
            if (IsPlural(s.Span(wordEnd - 1)))
            {
                break;
            }

            k = wordEnd;
        }

        return end;
    }

    public static bool IsPhraseWord(TokenStream s, int k) =>
        s.IsWordToken(k) && !s[k].Word.IsNumber && !StopLookup.Contains(s.Span(k)) && s.Span(k).Length > 1 && !UnitWord(s, k);

    private static bool UnitWord(TokenStream s, int k) => s.IsAnyWord(k, "percentage", "points", "point", "pct");

    // "battalion-sized", "fact-checkers", "voter-registration": words joined by hyphens count as one.
    private static int CompoundEnd(TokenStream s, int k)
    {
        var end = k + 1;
        while (s.IsDash(end) && s.Adjacent(end - 1) && s.Adjacent(end) && s.IsWordToken(end + 1))
        {
            end += 2;
        }

        // "Kaine’s": a possessive belongs to the word.
        if ((s.IsSymbol(end, '\'') || s.IsSymbol(end, '’')) && s.Adjacent(end - 1) && s.IsWord(end + 1, "s"))
        {
            end += 2;
        }

        return end;
    }

    // "U.S." inside a phrase: letters and dots without spaces.
    private static bool IsAbbreviation(TokenStream s, int k) =>
        s.IsWordToken(k) && s[k].Length <= 2 && s.IsSymbol(k + 1, '.') && s.Adjacent(k) && s.IsWordToken(k + 2) && s.Adjacent(k + 1) && s[k + 2].Length <= 2;

    private static int AbbreviationEnd(TokenStream s, int k)
    {
        var end = k;
        while (s.IsWordToken(end) && s[end].Length <= 2 && s.IsSymbol(end + 1, '.') && s.Adjacent(end))
        {
            end += 2;
            if (!s.Adjacent(end - 1))
            {
                break;
            }
        }

        return end;
    }

    public static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) &&
        !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase) &&
        !word.EndsWith("'s", StringComparison.Ordinal);

    public static bool IsVerbLike(ReadOnlySpan<char> word) =>
        (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && word.Length > 4) ||
        (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && word.Length > 5);
}
