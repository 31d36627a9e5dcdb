using System.Buffers;
using System.Text;
using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Picks 2–3 sentences that best stand for the article (extractive, so nothing is invented): the lead
/// sentence, then the body sentences whose content words recur most across the article, in text order.
/// Content words are <see cref="Words.ContentWords"/>'s, read off the tokens the people extractor already made
/// and folded in a stack buffer; each distinct word gets a number (<see cref="WordCounts"/>) and sentences are
/// scored over those numbers.
/// </summary>
public static class Summarizer
{
    private const int MaxSentences = 3;

    public static IReadOnlyList<int> Summarize(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var firstBody = 0;
        while (firstBody < sentences.Count && sentences[firstBody].Paragraph == 0)
        {
            firstBody++;
        }

        var bodyCount = 0;
        for (var s = firstBody; s < sentences.Count; s++)
        {
            if (sentences[s].Paragraph > 0)
            {
                bodyCount++;
            }
        }

        if (bodyCount <= MaxSentences)
        {
            var few = new int[bodyCount];
            var n = 0;
            for (var s = firstBody; s < sentences.Count; s++)
            {
                if (sentences[s].Paragraph > 0)
                {
                    few[n++] = sentences[s].Index;
                }
            }

            return few;
        }

        // The people extractor's tokens of this article (built here if it has not run on this thread).
        var tokens = TokenizedArticle.Build(text, sentences).Tokens;
        var t = 0;
        Span<char> buffer = stackalloc char[128];
        var counts = WordCounts.ForNewArticle();
        var wordIds = ArrayPool<int>.Shared.Rent(Math.Max(16, text.Length / 3));
        var starts = ArrayPool<int>.Shared.Rent(bodyCount + 1);
        var body = ArrayPool<Sentence>.Shared.Rent(bodyCount);
        try
        {
            var count = 0;
            var b = 0;
            for (var s = firstBody; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (sentence.Paragraph <= 0)
                {
                    continue;
                }

                body[b] = sentence;
                starts[b] = count;
                while (t < tokens.Length && tokens[t].Start < sentence.Span.Start)
                {
                    t++;
                }

                for (; t < tokens.Length && tokens[t].Start < sentence.Span.End; t++)
                {
                    if (tokens[t].IsWord)
                    {
                        count = ContentWordIds(text.AsSpan(tokens[t].Start, tokens[t].Length), counts, b, ref wordIds, count, buffer);
                    }
                }

                b++;
            }

            starts[bodyCount] = count;

            // The best two body sentences after the lead, by score then position: equal to a stable sort.
            int best = -1, second = -1;
            double bestScore = 0, secondScore = 0;
            for (var i = 1; i < bodyCount; i++)
            {
                var score = Score(wordIds.AsSpan(starts[i], starts[i + 1] - starts[i]), counts, body[i].Span, text);
                if (best < 0 || score > bestScore)
                {
                    (second, secondScore) = (best, bestScore);
                    (best, bestScore) = (i, score);
                }
                else if (second < 0 || score > secondScore)
                {
                    (second, secondScore) = (i, score);
                }
            }

            int[] chosen = [body[0].Index, body[best].Index, body[second].Index];
            Array.Sort(chosen);
            return chosen;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(wordIds);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<Sentence>.Shared.Return(body, clearArray: true);
        }
    }

    // Appends the id of every content word of one word token at ids[count..], counting each distinct word once
    // per sentence in frequency; returns the new count. The token is Words.TokenEnd's words joined by the
    // two joiners only the tokenizer knows: "U.S" is "U" and "S", "COVID‑19" (non-breaking hyphen) two words.
    private static int ContentWordIds(ReadOnlySpan<char> token, WordCounts counts, int sentenceIndex, ref int[] ids, int count, Span<char> buffer)
    {
        while (!token.IsEmpty)
        {
            var joint = JointIn(token);
            var word = joint < 0 ? token : token[..joint];
            token = joint < 0 ? [] : token[(joint + 1)..];

            // One or two ASCII characters fold to one or two, never a content word: about a third of all words
            // ("a", "of", "to", "U"), turned away before hashing. (Other scripts may fold longer: Hangul.)
            if (word.Length <= 2 && Ascii.IsValid(word))
            {
                continue;
            }

            // A word as written maps to the same number every time; only a new spelling is folded.
            if (!counts.TryGetWritten(word, out var id))
            {
                id = WordId(word, counts, buffer);
                counts.AddWritten(word, id);
            }

            if (id < 0)
            {
                continue;
            }

            counts.Count(id, sentenceIndex);
            if (count == ids.Length)
            {
                var larger = ArrayPool<int>.Shared.Rent(ids.Length * 2);
                ids.AsSpan().CopyTo(larger);
                ArrayPool<int>.Shared.Return(ids);
                ids = larger;
            }

            ids[count++] = id;
        }

        return count;
    }

    // Where token splits at a joiner, or -1. A plain loop: tokens are a handful of characters, too short for
    // IndexOfAny's vector path, and its non-ASCII joiner sends it to the slower unpacked search besides.
    private static int JointIn(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == '.' || c == '‑')
            {
                return i;
            }
        }

        return -1;
    }

    // The number of the content word a written word normalises to, or -1 for a stop word or a short one.
    private static int WordId(ReadOnlySpan<char> word, WordCounts counts, Span<char> buffer)
    {
        scoped ReadOnlySpan<char> folded;
        if (word.Length <= buffer.Length && Text.TryFoldSimple(word, buffer))
        {
            folded = buffer[..word.Length];
            if (folded.EndsWith("'s", StringComparison.Ordinal))
            {
                folded = folded[..^2];
            }
        }
        else
        {
            folded = Words.Normalize(word.ToString());
        }

        return Words.IsContentWord(folded) ? counts.IdOf(folded) : -1;
    }

    private static double Score(ReadOnlySpan<int> words, WordCounts counts, TextSpan span, string text)
    {
        if (words.Length < 5)
        {
            return 0;
        }

        // The frequencies are whole numbers, so their sum as a double is exact in any order.
        double sum = 0;
        foreach (var id in words)
        {
            sum += (double)counts.Frequency(id) - 1;
        }

        var score = sum / Math.Sqrt(words.Length);

        // Sentences that are mostly quotation read poorly out of context in a summary.
        return text.AsSpan(span.Start, span.Length).ContainsAny('“', '”', '"') ? score * 0.6 : score;
    }
}
