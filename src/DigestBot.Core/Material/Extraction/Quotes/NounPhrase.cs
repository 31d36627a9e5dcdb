using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// Shallow noun phrases for speakers ("Putin", "Treasury Secretary Scott Bessent", "a spokesman for the
/// campaign", "one Clinton aide"): words that are not closed-class, with "of"/"for" inside and a determiner
/// only at the front. A shallow reading is enough here because the speech verb marks where the phrase ends.
/// </summary>
internal static class NounPhrase
{
    private const int Longest = 8;
    private static readonly WordSet Inner = new("of", "for");
    private static readonly WordSet TimeWords = new(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "recently", "earlier", "later", "afterward", "afterwards", "again", "also", "then", "once",
        "in", "at", "on", "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night");

    /// <summary>The end (exclusive) of a phrase starting at <paramref name="start"/>; equal to start when there is none.</summary>
    public static int Right(TokenizedArticle a, int start)
    {
        var t = start;
        if (a.IsIn(t, GrammarWords.SubjectPronouns))
        {
            return t + 1;
        }

        if (a.IsIn(t, GrammarWords.Determiners))
        {
            t++;
        }

        while (t < a.Count && t - start < Longest && a.SameParagraph(start, t) && !a.Tokens[t].InQuote)
        {
            if (IsPhraseWord(a, t) || (IsModifier(a, t) && a.IsCapitalised(t + 1)))
            {
                t++;
            }
            else if (a.IsPunctuation(t, '.') && t > start && IsInitialOrAbbreviation(a, t - 1) && a.IsCapitalised(t + 1))
            {
                t++;
            }
            else if (a.IsIn(t, Inner) && t > start && IsPhraseWord(a, t + 1) || a.IsIn(t, Inner) && a.IsIn(t + 1, GrammarWords.Determiners) && IsPhraseWord(a, t + 2))
            {
                t += a.IsIn(t + 1, GrammarWords.Determiners) ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        return HasWord(a, start, t) ? t : start;
    }

    /// <summary>The start of a phrase ending just before <paramref name="end"/>, not before <paramref name="limit"/>; end when none.</summary>
    public static int Left(TokenizedArticle a, int end, int limit)
    {
        var t = end - 1;
        if (t >= limit && a.IsIn(t, GrammarWords.SubjectPronouns) && !a.Tokens[t].InQuote)
        {
            return t;
        }

        var start = end;
        while (t >= limit && end - t <= Longest && !a.Tokens[t].InQuote)
        {
            if (IsPhraseWord(a, t))
            {
                start = t;
                if (a.StartsSentence(t))
                {
                    break;
                }

                t--;
            }
            else if (a.IsPunctuation(t, '.') && IsInitialOrAbbreviation(a, t - 1) && start == t + 1)
            {
                t--;
            }
            else if (a.IsIn(t, GrammarWords.Determiners) && start == t + 1)
            {
                start = t;
                break;
            }
            else if ((a.IsIn(t, Inner) || (a.Is(t, "the") && a.IsIn(t - 1, Inner))) && start == t + 1 && IsPhraseWord(a, t - (a.Is(t, "the") ? 2 : 1)))
            {
                t -= a.Is(t, "the") ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        return HasWord(a, start, end) ? start : end;
    }

    /// <summary>Skips time words and adverbs after a speech verb: "said Tuesday", "said later".</summary>
    public static int SkipTime(TokenizedArticle a, int t)
    {
        var start = t;
        while (t - start < 3 && a.IsIn(t, TimeWords) && !a.IsIn(t, GrammarWords.Determiners))
        {
            t++;
        }

        return t;
    }

    private static bool IsPhraseWord(TokenizedArticle a, int t)
    {
        if (a.IsCapitalised(t) && !a.StartsSentence(t) && !a.Tokens[t].InQuote && !a.IsIn(t, GrammarWords.Determiners) && !a.IsIn(t, GrammarWords.SubjectPronouns))
        {
            return true; // "said Will Doyle": a capital in mid-sentence makes "Will" a name, not a verb
        }

        if (!a.IsWord(t) || a.Tokens[t].InQuote || a.IsIn(t, GrammarWords.Stops) || a.IsIn(t, GrammarWords.Determiners)
            || a.IsIn(t, SpeechWords.Verbs) || a.IsIn(t, GrammarWords.Adverbs) || a.IsIn(t, GrammarWords.SubjectPronouns))
        {
            return false;
        }

        // A lower-case word in -ed, -ing or -ly is a verb or an adverb, not part of a speaker's name.
        var span = a.Span(t);
        return a.IsCapitalised(t) || !(span.Length > 4 && (span.EndsWith("ed") || span.EndsWith("ly") || span.EndsWith("ing")));
    }

    // "retired Army Lt. Gen. …", "embattled Gov. …": a participle used as an adjective before a name.
    private static bool IsModifier(TokenizedArticle a, int t) =>
        a.IsWord(t) && !a.IsCapitalised(t) && !a.IsIn(t, GrammarWords.Stops) && !a.IsIn(t, SpeechWords.Verbs)
        && (a.Span(t).EndsWith("ed", StringComparison.Ordinal) || a.Span(t).EndsWith("ing", StringComparison.Ordinal));

    private static bool IsInitialOrAbbreviation(TokenizedArticle a, int t) =>
        a.IsWord(t) && ((a.Tokens[t].Length == 1 && a.IsCapitalised(t)) || a.IsIn(t, Honorifics.All));

    private static readonly WordSet StandAlone = new("another", "one", "some", "many", "both", "several", "few", "others", "most", "all");

    private static bool HasWord(TokenizedArticle a, int start, int end)
    {
        if (end - start == 1 && a.IsIn(start, StandAlone))
        {
            return true; // "Another tweeted, “…”"
        }

        for (var t = start; t < end; t++)
        {
            if (a.IsWord(t) && !a.IsIn(t, GrammarWords.Determiners))
            {
                return true;
            }
        }

        return false;
    }
}
