namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Picks 2–3 sentences that best stand for the article (extractive, so nothing is invented): the lead
/// sentence, then the body sentences whose content words recur most across the article, in text order.
/// </summary>
public static class Summarizer
{
    private const int MaxSentences = 3;

    public static IReadOnlyList<int> Summarize(string text, IReadOnlyList<Sentence> sentences)
    {
        var body = sentences.Where(s => s.Paragraph > 0).ToList();
        if (body.Count <= MaxSentences)
        {
            return body.Select(s => s.Index).ToArray();
        }

        var frequency = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var words = body.Select(s => Words.ContentWords(s.Span.Slice(text)).ToArray()).ToArray();
        foreach (var word in words.SelectMany(w => w.Distinct(StringComparer.OrdinalIgnoreCase)))
        {
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var scored = body
            .Select((s, i) => (Sentence: s, Score: Score(words[i], frequency, s.Span.Slice(text))))
            .Skip(1)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Sentence.Index)
            .Take(MaxSentences - 1)
            .Select(x => x.Sentence.Index);

        return scored.Prepend(body[0].Index).Order().ToArray();
    }

    private static double Score(string[] words, Dictionary<string, int> frequency, string sentence)
    {
        if (words.Length < 5)
        {
            return 0;
        }

        var score = words.Sum(w => (double)frequency[w] - 1) / Math.Sqrt(words.Length);

        // Sentences that are mostly quotation read poorly out of context in a summary.
        var quoteMarks = sentence.Count(c => c is '“' or '”' or '"');
        return quoteMarks > 0 ? score * 0.6 : score;
    }
}
