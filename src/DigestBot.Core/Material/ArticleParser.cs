using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Material;

/// <summary>
/// Turns raw text (first line headline, blank-line paragraphs) into an <see cref="Article"/> entirely in
/// memory. Stateless and thread-safe.
/// </summary>
public static class ArticleParser
{
    /// <summary>Longest article text accepted, in characters; longer input is refused, not truncated.</summary>
    public const int MaxTextLength = 1_000_000;

    public static Article Parse(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text;
        if (text.Length > MaxTextLength)
        {
            throw new ArticleFormatException(
                $"{input.Source}: {text.Length:N0} characters is more than the {MaxTextLength:N0} an article may hold.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArticleFormatException($"{input.Source}: the file holds NUL characters; it looks binary, not text.");
        }

        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0)
        {
            throw new ArticleFormatException($"{input.Source}: the file is empty; the first line should be the headline.");
        }

        var title = sentences[0].Paragraph == 0 ? TitleOf(text, sentences) : sentences[0].Span.Slice(text);
        var people = PeopleExtractor.Extract(text, sentences);
        var quotes = QuoteExtractor.Extract(text, sentences, people);
        var figures = FigureExtractor.Extract(text, sentences);
        var summary = Summarizer.Summarize(text, sentences);

        return new Article(input.Id, input.Source, title, text, input.Url, input.PublishedAt, sentences, quotes, figures, people, summary);
    }

    private static string TitleOf(string text, IReadOnlyList<Sentence> sentences)
    {
        var headline = sentences.Where(s => s.Paragraph == 0).ToList();
        return text[headline[0].Span.Start..headline[^1].Span.End].Trim();
    }
}
