using System.Runtime.InteropServices;
using DigestBot.Core.Material.Extraction.Quotes;

namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Reads runs of capitalised words as candidate names and gathers the evidence that one is a person: a title
/// or honorific before it, a common given name, a speech verb next to it, or (for a lone word) use in
/// mid-sentence away from place prepositions. Places, peoples, institutions and dates are never names.
/// </summary>
internal static class NameRuns
{
    private const int LongestName = 4;
    private static readonly WordSet Particles = new("de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "du", "dos", "di", "ibn");
    private static readonly WordSet Joiners = new("and", "or", "nor");

    // One list per thread, reused: the runs are read once, straight after Find, and a fresh list per article
    // was among the largest allocations of a parse.
    [ThreadStatic]
    private static List<NameRun>? _runs;

    /// <summary>The article's name runs, valid until the next call on this thread.</summary>
    public static ReadOnlySpan<NameRun> Find(TokenizedArticle article)
    {
        var runs = _runs ??= new List<NameRun>(256);
        runs.Clear();
        for (var t = 0; t < article.Count; t++)
        {
            if (!article.IsCapitalised(t))
            {
                continue;
            }

            var end = RunEnd(article, t);
            if (Read(article, t, end) is { } run)
            {
                runs.Add(run);
            }

            t = end - 1;
        }

        return CollectionsMarshal.AsSpan(runs);
    }

    private static int RunEnd(TokenizedArticle article, int start)
    {
        var e = start + 1;
        while (e < article.Count && !article.IsPossessive(e - 1) && article.SameParagraph(start, e))
        {
            if (article.IsCapitalised(e) && article.Tokens[e].InQuote == article.Tokens[start].InQuote && !article.StartsSentence(e))
            {
                e++;
            }
            else if (article.IsPunctuation(e, '.') && article.Tokens[e].Start == article.Tokens[e - 1].End && IsInitialOrHonorific(article, e - 1)
                && article.IsCapitalised(e + 1))
            {
                e += 2; // "George W. Bush", "Sen. Ted Cruz"
            }
            else if (article.IsIn(e, Particles) && article.IsCapitalised(e + 1))
            {
                e += 2; // "Charles de Gaulle"
            }
            else
            {
                break;
            }
        }

        return e;
    }

    private static bool IsInitialOrHonorific(TokenizedArticle article, int t)
    {
        var span = article.Span(t);
        return (span.Length == 1 && char.IsUpper(span[0])) || Honorifics.All.Contains(span);
    }

    private static NameRun? Read(TokenizedArticle article, int start, int end)
    {
        var first = start;
        if (article.StartsSentence(first) && IsSentenceWord(article, first))
        {
            first++;
        }

        // Titles and honorifics inside the run ("Treasury Secretary Scott Bessent") come off the front.
        for (var k = end - 2; k >= first; k--)
        {
            if (article.IsIn(k, TitleWords.Heads) || article.IsIn(k, Honorifics.All))
            {
                first = article.IsPunctuation(k + 1, '.') ? k + 2 : k + 1;
                break;
            }
        }

        // So do party, place and institution words ("Democrat Hillary Clinton", "Texas Sen. …").
        while (first < end - 1 && (article.IsIn(first, NotPersonNames.Words) || article.IsIn(first, TitleWords.Modifiers))
            && !article.IsIn(first, GivenNames.Male) && !article.IsIn(first, GivenNames.Female))
        {
            first++;
        }

        if (first >= end || end - first > LongestName || !LooksLikeName(article, first, end))
        {
            return null;
        }

        var titleFirst = TitlePhrase.Find(article, first);
        var evidence = titleFirst >= 0 ? NameEvidence.Title : NameEvidence.None;
        var before = first - 1;
        if (article.IsPunctuation(before, '.'))
        {
            before--;
        }

        if (article.IsIn(before, Honorifics.All))
        {
            evidence |= NameEvidence.Honorific;
        }

        if (end - first >= 2 && (article.IsIn(first, GivenNames.Male) || article.IsIn(first, GivenNames.Female)))
        {
            evidence |= NameEvidence.GivenName;
        }

        if (NextToSpeechVerb(article, first, end))
        {
            evidence |= NameEvidence.Speech;
        }

        if (end - first == 1 && IsLone(article, first))
        {
            evidence |= NameEvidence.Lone;
        }

        return new NameRun(first, end, titleFirst, evidence);
    }

    private static bool IsSentenceWord(TokenizedArticle article, int t) =>
        article.IsIn(t, GrammarWords.Stops) || article.IsIn(t, GrammarWords.Determiners) || article.IsIn(t, GrammarWords.Prepositions)
        || article.IsIn(t, GrammarWords.SubjectPronouns) || article.IsIn(t, GrammarWords.Adverbs) || article.IsIn(t, SpeechWords.Verbs);

    private static bool LooksLikeName(TokenizedArticle article, int first, int end)
    {
        var last = end - 1;
        if (article.IsIn(last, NotPersonNames.Words) || article.IsIn(last, TitleWords.Heads) || article.IsIn(last, GrammarWords.Stops))
        {
            return false;
        }

        for (var t = first; t < end; t++)
        {
            if (!article.IsWord(t))
            {
                continue;
            }

            var span = article.Stem(t);
            if (span.Length >= 2 && IsAllUpper(span))
            {
                return false; // an acronym: CNN, GOP, ISIS
            }

            foreach (var c in span)
            {
                if (char.IsDigit(c) || c == '.')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NextToSpeechVerb(TokenizedArticle article, int first, int end)
    {
        if (article.IsPossessive(end - 1))
        {
            return false;
        }

        var next = end;
        while (article.IsIn(next, GrammarWords.Adverbs) && next - end < 2)
        {
            next++;
        }

        if (article.IsIn(next, SpeechWords.Verbs) && !article.Tokens[next].InQuote)
        {
            return true;
        }

        // "said Cruz" — but not "told Russia": the place check has already run.
        return article.IsIn(first - 1, SpeechWords.Verbs) && !article.Tokens[first - 1].InQuote && !article.StartsSentence(first);
    }

    private static bool IsLone(TokenizedArticle article, int t)
    {
        if (article.StartsSentence(t) || article.IsIn(t, NotPersonNames.Words))
        {
            return false;
        }

        var previous = t - 1;
        if (article.IsIn(previous, GrammarWords.Locatives) || article.IsIn(previous, GrammarWords.Determiners) || article.IsCapitalised(previous))
        {
            return false;
        }

        var next = t + 1;
        return next >= article.Count || !article.SameParagraph(t, next) || !article.IsWord(next) && !article.Tokens[next].IsQuoteMark
            || article.IsIn(next, Joiners) || article.IsIn(next, SpeechWords.Verbs);
    }
}
