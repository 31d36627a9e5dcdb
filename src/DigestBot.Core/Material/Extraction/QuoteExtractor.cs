using DigestBot.Core.Material.Extraction.People;
using DigestBot.Core.Material.Extraction.Quotes;

namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Finds direct quotations and who said them. Marks are paired per paragraph (<see cref="QuoteScanner"/>),
/// each quotation is attributed in its own sentence (<see cref="AttributionFinder"/>), and one with no
/// attribution of its own continues the speech before it when it is the second half of a split quote or
/// the next paragraph of a quotation. What is left unattributed keeps a null speaker rather than a guess;
/// short or title-like quotations without an attribution are scare quotes or names and are dropped.
/// </summary>
public static class QuoteExtractor
{
    private const int LongestSplitGap = 15;
    private const int LongestTrailingAttribution = 30;

    public static IReadOnlyList<Quote> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Person> people)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(people);
        var article = TokenizedArticle.Build(text, sentences);
        var quotes = article.Quotes;
        if (quotes.Count == 0)
        {
            return [];
        }

        var index = MentionIndex.For(article, people);
        var resolver = new SpeakerResolver(article, index, people);
        var attributions = new Attribution?[quotes.Count];
        var speakers = new SpeakerMention?[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            Attribute(article, resolver, i, attributions, speakers);
        }

        for (var i = 0; i < quotes.Count; i++)
        {
            if (speakers[i] is null && Carried(article, i, speakers, attributions) is { } from)
            {
                speakers[i] = speakers[from];
                attributions[i] = attributions[from]!.Value with { Kind = AttributionKind.Carried };
            }
            else if (speakers[i] is null && StartsParagraph(article, i) && AttributionFinder.Introduced(article, quotes[i].Paragraph) is { } introduced)
            {
                attributions[i] = introduced with { Kind = AttributionKind.Carried };
                speakers[i] = resolver.Resolve(introduced, out _);
            }
        }

        var result = new List<Quote>(quotes.Count);
        for (var i = 0; i < quotes.Count; i++)
        {
            if (SpeechFilter.IsSpeech(article, article.QuoteTokens[i], quotes[i], attributions[i]))
            {
                var span = quotes[i].Content;
                result.Add(new Quote(span, span.Slice(text), speakers[i], SentenceLookup.IndexAtOrBefore(sentences, span.Start)));
            }
        }

        return result;
    }

    private static void Attribute(TokenizedArticle article, SpeakerResolver resolver, int i, Attribution?[] attributions, SpeakerMention?[] speakers)
    {
        var q = article.QuoteTokens[i];
        if (AttributionFinder.Find(article, q, article.Quotes[i]) is not { } found)
        {
            return;
        }

        var speaker = resolver.Resolve(found, out var wantsOwner);
        if (wantsOwner && found.Kind == AttributionKind.Before)
        {
            // "Trump’s remarks followed a post indicating “…”": the post is the sentence subject's.
            var sentenceStart = found.First;
            while (sentenceStart > 0 && article.SameParagraph(sentenceStart - 1, found.First) && !article.EndsSentence(sentenceStart - 1)
                && article.Tokens[sentenceStart - 1].Kind != TokenKind.QuoteClose)
            {
                sentenceStart--;
            }

            if (AttributionFinder.MainSubject(article, sentenceStart, found.First) is { } subject && resolver.NamesPerson(subject))
            {
                var owner = resolver.Resolve(subject, out _);
                var mention = OwnerMention(article, subject);
                speaker = new SpeakerMention(owner.Name, mention, mention.Slice(article.Text));
            }
        }

        attributions[i] = found;
        speakers[i] = speaker;
    }

    // The name inside "Trump’s remarks", without the possessive ending.
    private static TextSpan OwnerMention(TokenizedArticle article, Attribution subject)
    {
        for (var t = subject.First; t < subject.End; t++)
        {
            if (article.IsPossessive(t))
            {
                var start = subject.First;
                while (start < t && !article.IsCapitalised(start))
                {
                    start++;
                }

                return new TextSpan(article.Tokens[start].Start, article.Tokens[t].End - 2);
            }
        }

        return new TextSpan(article.Tokens[subject.First].Start, article.Tokens[subject.End - 1].End);
    }

    private static bool StartsParagraph(TokenizedArticle article, int i)
    {
        var q = article.QuoteTokens[i];
        var paragraph = article.Quotes[i].Paragraph;
        return paragraph > 0 && (q.Open >= 0 ? q.Open : q.First) == article.ParagraphFirstToken[paragraph];
    }

    /// <summary>The earlier quotation whose speaker this one continues, or null.</summary>
    private static int? Carried(TokenizedArticle article, int i, SpeakerMention?[] speakers, Attribution?[] attributions)
    {
        if (i == 0)
        {
            return null;
        }

        var q = article.QuoteTokens[i];
        var previous = article.QuoteTokens[i - 1];
        var paragraph = article.Quotes[i].Paragraph;
        var open = q.Open >= 0 ? q.Open : q.First;
        if (speakers[i - 1] is null)
        {
            return null;
        }

        // “A,” Putin told a correspondent. “B.” — the gap holds only the first half's attribution.
        if (article.Quotes[i - 1].Paragraph == paragraph)
        {
            var gapStart = previous.Close >= 0 ? previous.Close + 1 : previous.End;
            return open - gapStart <= LongestSplitGap || OneSentenceGap(article, gapStart, open) ? i - 1 : null;
        }

        // A new paragraph that opens with the quotation continues the last speech of the one before.
        var startsParagraph = open == article.ParagraphFirstToken[paragraph];
        var previousParagraph = article.Quotes[i - 1].Paragraph == paragraph - 1;
        if (!startsParagraph || !previousParagraph)
        {
            return null;
        }

        if (article.Quotes[i].FromPreviousParagraph)
        {
            return i - 1;
        }

        if (!IntroducesSpeech(article, previous) && attributions[i - 1] is not { Kind: AttributionKind.After })
        {
            return null; // a fragment quoted mid-sentence ("mocking leaders as “obsessed”") is not a speech that goes on
        }

        var tail = previous.Close >= 0 ? article.ParagraphFirstToken[paragraph] - previous.Close - 1 : 0;
        return tail <= LongestTrailingAttribution && EndsWithQuoteOrAttribution(article, previous) ? i - 1 : null;
    }

    // “A,” said Burns, whose district includes Hyde Park. “B.” — one sentence between the halves.
    private static bool OneSentenceGap(TokenizedArticle article, int gapStart, int open)
    {
        if (open - gapStart > LongestSplitGap * 3)
        {
            return false;
        }

        for (var t = gapStart; t < open - 1; t++)
        {
            if (article.EndsSentence(t))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IntroducesSpeech(TokenizedArticle article, QuoteTokens quote)
    {
        var before = quote.Open - 1;
        return quote.Open < 0 || before < 0 || !article.SameParagraph(before, quote.Open) || article.EndsSentence(before)
            || article.IsPunctuation(before, ',') || article.IsPunctuation(before, ':') || article.Tokens[before].Kind == TokenKind.QuoteClose
            || article.IsIn(before, SpeechWords.Verbs);
    }

    private static bool EndsWithQuoteOrAttribution(TokenizedArticle article, QuoteTokens previous)
    {
        if (previous.Close < 0)
        {
            return true;
        }

        var paragraphEnd = article.ParagraphFirstToken[article.Tokens[previous.Close].Paragraph + 1];
        for (var t = previous.Close + 1; t < paragraphEnd; t++)
        {
            if (article.EndsSentence(t) && t < paragraphEnd - 1)
            {
                return false; // another sentence follows the quotation: the speech has ended
            }
        }

        return true;
    }
}
