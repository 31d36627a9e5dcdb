using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// Finds who a quotation is attributed to in its own sentence: first right after the closing mark
/// (“…,” Trump said / said Trump / according to Trump), then before the opening mark, taking the nearest
/// speech verb that has a subject (Trump described the deal as “…”), or for a participle without one the
/// sentence's subject (Putin …, referring to them as “…”).
/// </summary>
internal static class AttributionFinder
{
    private const int LongestWindow = 40;
    private const int FarthestCue = 12;
    private const int LongestAppositive = 12;
    private static readonly WordSet Coordinators = new("and", "but", "or");

    public static Attribution? Find(TokenizedArticle a, QuoteTokens q, QuotedSpan span) => After(a, q, span) ?? Before(a, q);

    private static Attribution? After(TokenizedArticle a, QuoteTokens q, QuotedSpan span)
    {
        if (q.Close < 0)
        {
            return null;
        }

        var i = q.Close + 1;
        while (i < a.Count && a.SameParagraph(q.Close, i) && (a.IsPunctuation(i, ',') || a.IsPunctuation(i, '—') || a.IsPunctuation(i, '–') || a.IsPunctuation(i, '-')))
        {
            i++;
        }

        if (!a.IsWord(i) || !a.SameParagraph(q.Close, i))
        {
            return null;
        }

        var last = a.Text[span.Content.End - 1];
        var ended = last is '.' or '!' or '?';

        // “…,” said Trump / according to Trump.
        if (a.Is(i, "according") && a.Is(i + 1, "to"))
        {
            var end = NounPhrase.Right(a, i + 2);
            return end > i + 2 ? new Attribution(i + 2, end, AttributionKind.After, 0) : null;
        }

        if (a.IsIn(i, SpeechWords.Verbs))
        {
            var start = NounPhrase.SkipTime(a, i + 1);
            var end = NounPhrase.Right(a, start);
            return end > start && !a.IsIn(start, GrammarWords.SubjectPronouns) || end > start && !ended
                ? new Attribution(start, end, AttributionKind.After, 0)
                : null;
        }

        // “…,” Trump said / the president stated / Smith, a spokesman, said.
        var npEnd = NounPhrase.Right(a, i);
        if (npEnd == i)
        {
            return null;
        }

        var k = npEnd;
        if (a.IsPunctuation(k, ','))
        {
            k = SkipAppositive(a, k);
        }

        var adverbs = 0;
        while (a.IsIn(k, GrammarWords.Adverbs) && adverbs++ < 3)
        {
            k++;
        }

        if (!a.IsIn(k, SpeechWords.Verbs) || a.Tokens[k].InQuote)
        {
            return null;
        }

        // After a finished sentence, "Trump said that …" starts new reported speech; only a bare "Trump said." attributes.
        return ended && !ClauseEndsSoon(a, k + 1) ? null : new Attribution(i, npEnd, AttributionKind.After, 0);
    }

    private static Attribution? Before(TokenizedArticle a, QuoteTokens q)
    {
        var open = q.Open >= 0 ? q.Open : q.First;
        var windowStart = open;
        while (windowStart - 1 >= 0 && open - windowStart < LongestWindow && a.SameParagraph(windowStart - 1, open)
            && !a.EndsSentence(windowStart - 1) && a.Tokens[windowStart - 1].Kind != TokenKind.QuoteClose)
        {
            windowStart--;
        }

        var words = 0;
        for (var c = open - 1; c >= windowStart && words <= FarthestCue; c--)
        {
            if (!a.IsWord(c))
            {
                continue;
            }

            if (a.Is(c, "according") && a.Is(c + 1, "to"))
            {
                var end = NounPhrase.Right(a, c + 2);
                if (end > c + 2)
                {
                    return new Attribution(c + 2, end, AttributionKind.Before, words);
                }
            }
            else if (a.IsIn(c, SpeechWords.Verbs) && SubjectOf(a, c, windowStart) is { } subject)
            {
                return new Attribution(subject.First, subject.End, subject.Kind, words);
            }

            words++;
        }

        return null;
    }

    private static Attribution? SubjectOf(TokenizedArticle a, int cue, int windowStart)
    {
        var s = cue - 1;
        var adverbs = 0;
        while (s >= windowStart && a.IsIn(s, GrammarWords.Adverbs) && adverbs++ < 3)
        {
            s--;
        }

        if (s >= windowStart && a.IsIn(s, Coordinators))
        {
            return null; // "… and said": the subject belongs to an earlier verb
        }

        if (s >= windowStart && a.IsPunctuation(s, ','))
        {
            var comma = s - 1;
            while (comma >= windowStart && cue - comma < LongestAppositive && !a.IsPunctuation(comma, ','))
            {
                comma--;
            }

            s = comma >= windowStart && a.IsPunctuation(comma, ',') ? comma - 1 : -1;
        }

        if (s >= windowStart)
        {
            var start = NounPhrase.Left(a, s + 1, windowStart);
            if (start <= s)
            {
                return new Attribution(start, s + 1, AttributionKind.Before, 0);
            }
        }

        // A participle ("referring", "adding") with no subject of its own shares the sentence's.
        var cueText = a.Span(cue);
        if (cueText.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || s < windowStart)
        {
            return MainSubject(a, windowStart, cue);
        }

        return null;
    }

    /// <summary>The subject at the start of the sentence, past an opening phrase ("In a televised interview, Putin …").</summary>
    public static Attribution? MainSubject(TokenizedArticle a, int windowStart, int limit)
    {
        var i = windowStart;
        if (a.IsIn(i, Coordinators))
        {
            i++;
        }

        if (a.IsIn(i, GrammarWords.Prepositions) || a.IsIn(i, GrammarWords.Stops) && !a.IsIn(i, GrammarWords.SubjectPronouns))
        {
            while (i < limit && !a.IsPunctuation(i, ','))
            {
                i++;
            }

            i++;
        }

        if (i >= limit)
        {
            return null;
        }

        var end = NounPhrase.Right(a, i);
        return end > i && end <= limit ? new Attribution(i, end, AttributionKind.Subject, 0) : null;
    }

    private static int SkipAppositive(TokenizedArticle a, int comma)
    {
        for (var k = comma + 1; k < a.Count && k - comma < LongestAppositive && a.SameParagraph(comma, k); k++)
        {
            if (a.IsPunctuation(k, ','))
            {
                return k + 1;
            }

            if (!a.IsWord(k) && !a.IsPunctuation(k, '.'))
            {
                break;
            }
        }

        return comma;
    }

    private static bool ClauseEndsSoon(TokenizedArticle a, int t)
    {
        for (var k = t; k < a.Count && k - t < 10 && a.SameParagraph(t - 1, k); k++)
        {
            if (a.EndsSentence(k) || a.IsPunctuation(k, ',') || a.Tokens[k].Kind == TokenKind.QuoteOpen || a.IsPunctuation(k, ';'))
            {
                return true;
            }

            if (a.Is(k, "that") || (k == t && a.IsIn(k, GrammarWords.SubjectPronouns)))
            {
                return false;
            }
        }

        return t >= a.Count || !a.SameParagraph(t - 1, Math.Min(t, a.Count - 1));
    }
}
