using System.Buffers;

namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Picks 2–3 sentences that best stand for the article (extractive, so nothing is invented): the lead
/// sentence, then the body sentences whose content words recur most across the article, in text order.
/// Content words are <see cref="Words.ContentWords"/>'s; each distinct word gets a number once per article
/// and sentences are scored over those numbers, so the words themselves are folded in a stack buffer and
/// only a word's first occurrence becomes a string.
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

        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var frequency = new List<int>(256);
        var lastSentence = new List<int>(256);
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
                count = ContentWordIds(text.AsSpan(sentence.Span.Start, sentence.Span.Length), lookup, b, frequency, lastSentence, ref wordIds, count);
                b++;
            }

            starts[bodyCount] = count;

            // The best two body sentences after the lead, by score then position: equal to a stable sort.
            int best = -1, second = -1;
            double bestScore = 0, secondScore = 0;
            for (var i = 1; i < bodyCount; i++)
            {
                var score = Score(wordIds.AsSpan(starts[i], starts[i + 1] - starts[i]), frequency, body[i].Span, text);
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

    // Appends the id of every content word of the sentence at ids[count..], counting each distinct word once
    // per sentence in frequency; returns the new count.
    private static int ContentWordIds(ReadOnlySpan<char> sentence, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup,
        int sentenceIndex, List<int> frequency, List<int> lastSentence, ref int[] ids, int count)
    {
        Span<char> buffer = stackalloc char[128];
        var i = 0;
        while (i < sentence.Length)
        {
            var end = Words.TokenEnd(sentence, i);
            if (end == i)
            {
                i++;
                continue;
            }

            var word = sentence[i..end];
            i = end;
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

            if (!Words.IsContentWord(folded))
            {
                continue;
            }

            if (!lookup.TryGetValue(folded, out var id))
            {
                id = frequency.Count;
                lookup[folded] = id;
                frequency.Add(0);
                lastSentence.Add(-1);
            }

            if (lastSentence[id] != sentenceIndex)
            {
                lastSentence[id] = sentenceIndex;
                frequency[id]++;
            }

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

    private static double Score(ReadOnlySpan<int> words, List<int> frequency, TextSpan span, string text)
    {
        if (words.Length < 5)
        {
            return 0;
        }

        // The frequencies are whole numbers, so their sum as a double is exact in any order.
        double sum = 0;
        foreach (var id in words)
        {
            sum += (double)frequency[id] - 1;
        }

        var score = sum / Math.Sqrt(words.Length);

        // Sentences that are mostly quotation read poorly out of context in a summary.
        return text.AsSpan(span.Start, span.Length).ContainsAny('“', '”', '"') ? score * 0.6 : score;
    }
}
