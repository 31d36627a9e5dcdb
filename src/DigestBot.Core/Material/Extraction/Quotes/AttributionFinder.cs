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

        if (a.IsIn(i, GrammarWords.Prepositions) && !a.Is(i, "according"))
        {
            // “…” in the legislature, he said — a phrase about the quotation comes before its speaker.
            var comma = i + 1;
            while (comma < a.Count && comma - i < 8 && a.IsWord(comma))
            {
                comma++;
            }

            i = a.IsPunctuation(comma, ',') ? comma + 1 : i;
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

        if (a.IsIn(i, SpeechWords.Verbs) && !a.Span(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
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
        if (!ended)
        {
            // “…,” Harry Bond, 30, of Raleigh, who was polled, said — whatever stands between belongs to the speaker.
            k = NextSpeechVerb(a, npEnd);
        }
        else if (a.IsPunctuation(k, ','))
        {
            k = SkipAppositive(a, k);
        }
        else if (a.IsIn(k, GrammarWords.Prepositions))
        {
            k = SkipPrepositionalPhrase(a, k); // "a welcome message on the website reads"
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
        return ended && !BareAttribution(a, k) ? null : new Attribution(i, npEnd, AttributionKind.After, 0);
    }

    private static Attribution? Before(TokenizedArticle a, QuoteTokens q) => Before(a, q.Open >= 0 ? q.Open : q.First, sameParagraph: true);

    /// <summary>
    /// A paragraph that opens with a quotation introduced by the previous paragraph's last sentence:
    /// "In a 1963 speech, he declared:" / "Howard continued his scathing remarks." — only when that sentence quotes nothing.
    /// </summary>
    public static Attribution? Introduced(TokenizedArticle a, int paragraph)
    {
        var end = a.ParagraphFirstToken[paragraph];
        var start = a.ParagraphFirstToken[paragraph - 1];
        if (end <= start)
        {
            return null;
        }

        for (var t = end - 2; t >= start && !a.EndsSentence(t); t--)
        {
            if (a.Tokens[t].IsQuoteMark || a.Tokens[t].InQuote)
            {
                return null;
            }
        }

        var last = end - 1;
        if (a.IsPunctuation(last, ':'))
        {
            return Before(a, end, sameParagraph: false);
        }

        // A sentence that ends with its speech verb's phrase ("continued his scathing remarks.").
        var found = Before(a, last, sameParagraph: false);
        return found is { Kind: not AttributionKind.Subject } ? found : null;
    }

    private static Attribution? Before(TokenizedArticle a, int open, bool sameParagraph)
    {
        var anchor = sameParagraph ? open : open - 1;
        var windowStart = open;
        while (windowStart - 1 >= 0 && open - windowStart < LongestWindow && a.SameParagraph(windowStart - 1, anchor)
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
            else if (IsSpeechVerb(a, c, windowStart))
            {
                var before = SkipAdverbsLeft(a, c - 1, windowStart);
                var participle = a.Span(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                if (participle && (a.IsCapitalised(before) || a.IsIn(before, GrammarWords.SubjectPronouns)) && !a.StartsSentence(c)
                    && DirectSubject(a, c, windowStart) is { } named)
                {
                    return named with { Distance = words }; // "with Trump reportedly yelling: “…”"
                }

                if (!participle && before >= windowStart && a.IsIn(before, Coordinators) && CoordinatedSubject(a, before, windowStart) is { } shared)
                {
                    return shared with { Distance = words }; // "he laughed and said, “…”"
                }

                if (participle || (before >= windowStart && a.IsIn(before, Coordinators)))
                {
                    // "Lazar said … and added, “…”" / "Sanders compared himself to Clinton, saying, “…”":
                    // the subject of the sentence's first speech verb, or else the sentence's subject.
                    return LeadSubject(a, windowStart, c, words);
                }

                if (DirectSubject(a, c, windowStart) is { } subject)
                {
                    return subject with { Distance = words };
                }
            }

            words++;
        }

        // "… doesn’t surprise Republican pollster Daron Shaw: “…”" — a name before the colon speaks.
        if (a.IsPunctuation(open - 1, ':') && a.IsCapitalised(open - 2) && !a.StartsSentence(open - 2))
        {
            var start = NounPhrase.Left(a, open - 1, windowStart);
            if (start < open - 1)
            {
                return new Attribution(start, open - 1, AttributionKind.Before, 0);
            }
        }

        // "She then addressed the supporters again: “…”" — a colon introduces the subject's words.
        if (a.IsPunctuation(open - 1, ':') && MainSubject(a, windowStart, open - 1) is { } lead
            && (a.IsIn(lead.First, GrammarWords.SubjectPronouns) || a.IsCapitalised(lead.End - 1)))
        {
            return lead;
        }

        return null;
    }

    // A speech verb that is also a noun ("a rare note", "the reports") counts only after a speaker-like word.
    private static bool IsSpeechVerb(TokenizedArticle a, int c, int windowStart)
    {
        if (!a.IsIn(c, SpeechWords.Verbs))
        {
            return false;
        }

        if (!a.IsIn(c, SpeechWords.AlsoNouns))
        {
            return true;
        }

        var before = SkipAdverbsLeft(a, c - 1, windowStart);
        return before >= windowStart && (a.IsCapitalised(before) || a.IsIn(before, GrammarWords.SubjectPronouns) || a.IsIn(before, SpeechWords.Media)
            || a.IsIn(before, TitleWords.Heads) || a.IsPunctuation(before, ',') || a.IsPunctuation(before, ')'));
    }

    // "he laughed and said": the subject of the verb before the conjunction.
    private static Attribution? CoordinatedSubject(TokenizedArticle a, int coordinator, int windowStart)
    {
        var verb = coordinator - 1;
        if (!a.IsWord(verb) || a.IsCapitalised(verb) || a.IsIn(verb, GrammarWords.Stops))
        {
            return null;
        }

        var s = SkipAdverbsLeft(a, verb - 1, windowStart);
        if (s < windowStart || !(a.IsCapitalised(s) || a.IsIn(s, GrammarWords.SubjectPronouns)))
        {
            return null;
        }

        var start = NounPhrase.Left(a, s + 1, windowStart);
        return start <= s ? new Attribution(start, s + 1, AttributionKind.Before, 0) : null;
    }

    private static Attribution? LeadSubject(TokenizedArticle a, int windowStart, int limit, int distance)
    {
        for (var c = windowStart; c < limit; c++)
        {
            if (IsSpeechVerb(a, c, windowStart) && !a.Span(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !a.IsIn(SkipAdverbsLeft(a, c - 1, windowStart), Coordinators) && DirectSubject(a, c, windowStart) is { } subject)
            {
                return subject with { Distance = distance };
            }
        }

        return MainSubject(a, windowStart, limit) is { } main ? main with { Distance = distance } : null;
    }

    private static int SkipAdverbsLeft(TokenizedArticle a, int s, int windowStart)
    {
        var adverbs = 0;
        while (s >= windowStart && a.IsIn(s, GrammarWords.Adverbs) && adverbs++ < 3)
        {
            s--;
        }

        return s;
    }

    /// <summary>The phrase right before a speech verb: "Putin (also) said", "Smith, a spokesman, said", "Ryan (R-WI) said".</summary>
    private static Attribution? DirectSubject(TokenizedArticle a, int cue, int windowStart)
    {
        var s = SkipAdverbsLeft(a, cue - 1, windowStart);
        if (s >= windowStart && a.IsPunctuation(s, ')'))
        {
            var open = s - 1;
            while (open >= windowStart && s - open < LongestAppositive && !a.IsPunctuation(open, '('))
            {
                open--;
            }

            s = open >= windowStart && a.IsPunctuation(open, '(') ? open - 1 : s;
        }

        if (s >= windowStart && a.IsPunctuation(s, ','))
        {
            var comma = s - 1;
            while (comma >= windowStart && cue - comma < LongestAppositive * 3 && !a.IsPunctuation(comma, ','))
            {
                comma--;
            }

            // "After winning Ohio, Gov. John Kasich (R-OH), said": a name-like segment is the subject itself;
            // "Smith, a spokesman for the campaign, said": a description is an appositive to what precedes.
            var segment = comma + 1;
            var nameLike = a.IsCapitalised(segment) && !a.IsIn(segment, GrammarWords.Stops) && !a.IsIn(segment, GrammarWords.Determiners)
                && !a.IsIn(segment, GrammarWords.Prepositions) && NounPhrase.Left(a, s, segment) == segment;
            s = nameLike ? s - 1 : comma >= windowStart && a.IsPunctuation(comma, ',') ? comma - 1 : -1;
            if (s >= windowStart && a.IsPunctuation(s, ')'))
            {
                var open = s - 1;
                while (open >= windowStart && s - open < LongestAppositive && !a.IsPunctuation(open, '('))
                {
                    open--;
                }

                s = open >= windowStart && a.IsPunctuation(open, '(') ? open - 1 : s;
            }
        }

        if (s < windowStart)
        {
            return null;
        }

        var start = NounPhrase.Left(a, s + 1, windowStart);
        return start <= s ? new Attribution(start, s + 1, AttributionKind.Before, 0) : null;
    }

    /// <summary>The subject at the start of the sentence, past an opening phrase ("In a televised interview, Putin …").</summary>
    public static Attribution? MainSubject(TokenizedArticle a, int windowStart, int limit)
    {
        var i = windowStart;
        if (a.IsIn(i, Coordinators))
        {
            i++;
        }

        for (var openers = 0; openers < 3 && i < limit; openers++)
        {
            while (i < limit && !a.IsWord(i))
            {
                i++; // "(UPI) — In response to …"
            }

            var opening = a.IsIn(i, GrammarWords.Prepositions) || (a.IsIn(i, GrammarWords.Stops) && !a.IsIn(i, GrammarWords.SubjectPronouns))
                || (a.IsWord(i) && a.Span(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) || ShortOpener(a, i, limit);
            if (!opening)
            {
                break;
            }

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

    // "Likewise, …", "Minutes later, …": up to three words before a comma open the sentence.
    private static bool ShortOpener(TokenizedArticle a, int i, int limit)
    {
        for (var k = i; k < limit && k - i <= 3; k++)
        {
            if (a.IsPunctuation(k, ','))
            {
                var word = a.Span(k - 1);
                return k > i && (a.IsIn(k - 1, GrammarWords.Adverbs) || (k == i + 1 && (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                    || word.EndsWith("wise", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ever", StringComparison.OrdinalIgnoreCase))));
            }

            if (!a.IsWord(k))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipAppositive(TokenizedArticle a, int comma)
    {
        for (var k = comma + 1; k < a.Count && k - comma < LongestAppositive * 2 && a.SameParagraph(comma, k); k++)
        {
            if (a.IsPunctuation(k, ','))
            {
                return k + 1;
            }

            if (a.EndsSentence(k) || a.Tokens[k].IsQuoteMark || a.IsPunctuation(k, ';'))
            {
                break;
            }
        }

        return comma;
    }

    private static int NextSpeechVerb(TokenizedArticle a, int from)
    {
        for (var k = from; k < a.Count && k - from < LongestWindow / 2 && a.SameParagraph(from, k); k++)
        {
            if (a.EndsSentence(k) || a.Tokens[k].IsQuoteMark || a.IsPunctuation(k, ';'))
            {
                break;
            }

            if (a.IsIn(k, SpeechWords.Verbs))
            {
                return k;
            }
        }

        return from;
    }

    private static int SkipPrepositionalPhrase(TokenizedArticle a, int preposition)
    {
        for (var k = preposition + 1; k < a.Count && k - preposition <= 4 && a.IsWord(k); k++)
        {
            if (a.IsIn(k, SpeechWords.Verbs))
            {
                return k;
            }
        }

        return preposition;
    }

    // "Trump said." / "Putin told a state media correspondent." end the sentence soon after the verb;
    // "Trump said that …", "He said he’ll …" or "reiterated the premise of …" report something new.
    private static bool BareAttribution(TokenizedArticle a, int cue)
    {
        var t = cue + 1;
        var listener = a.Is(cue, "told") || a.Is(cue, "tells") || a.Is(cue, "asked") || a.Is(cue, "asks");
        if (a.Is(t, "that") || a.IsIn(t, GrammarWords.SubjectPronouns) || StartsWithPronoun(a, t) || (!listener && a.IsIn(t, GrammarWords.Determiners)))
        {
            return false;
        }

        if (a.IsIn(t, GrammarWords.Prepositions) || listener)
        {
            return true; // "said of the swirl", "told Britain’s ITV …", "tweeted when Clinton ended a debate", "said in a statement"
        }

        for (var k = t; k < a.Count && k - t <= 6 && a.SameParagraph(cue, k); k++)
        {
            if (a.EndsSentence(k) || a.IsPunctuation(k, ',') || a.IsPunctuation(k, ';') || (k == t && a.Tokens[k].Kind == TokenKind.QuoteOpen))
            {
                return true;
            }
        }

        return t >= a.Count || !a.SameParagraph(cue, t);
    }

    private static bool StartsWithPronoun(TokenizedArticle a, int t)
    {
        if (!a.IsWord(t))
        {
            return false;
        }

        var span = a.Span(t);
        var apostrophe = span.IndexOfAny('\'', '’');
        return apostrophe > 0 && GrammarWords.SubjectPronouns.Contains(span[..apostrophe]);
    }
}
