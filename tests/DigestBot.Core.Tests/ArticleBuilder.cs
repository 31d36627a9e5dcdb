using DigestBot.Core.Material;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Tests;

/// <summary>
/// Hand-built articles with known quotes and figures, so command tests do not depend on how well the
/// extractors do: the text is real, and every span points at the words it claims.
/// </summary>
internal sealed class ArticleBuilder(string id, string title)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<(string Words, string? Speaker)> _quotes = [];
    private readonly List<(string Words, string About, string Unit)> _figures = [];
    private DateTimeOffset _published = new(2025, 2, 25, 8, 0, 0, TimeSpan.Zero);

    public ArticleBuilder Paragraph(string text)
    {
        _paragraphs.Add(text);
        return this;
    }

    public ArticleBuilder Quote(string speaker, string words)
    {
        _paragraphs.Add($"“{words}” {speaker.Split(' ')[^1]} said.");
        _quotes.Add((words, speaker));
        return this;
    }

    public ArticleBuilder UnattributedQuote(string words)
    {
        _paragraphs.Add($"“{words}”");
        _quotes.Add((words, null));
        return this;
    }

    public ArticleBuilder Figure(string words, string about, string unit = "count")
    {
        _paragraphs.Add($"The report counted {words} in all.");
        _figures.Add((words, about, unit));
        return this;
    }

    public ArticleBuilder Published(DateTimeOffset when)
    {
        _published = when;
        return this;
    }

    public Article Build()
    {
        var text = title + "\n\n" + string.Join("\n\n", _paragraphs);
        var sentences = SentenceSplitter.Split(text);
        var article = new Article(id, id + ".txt", title, text, null, _published, sentences, [], [], [], []);
        var quotes = _quotes.Select(q =>
        {
            var span = Find(text, q.Words);
            var speaker = q.Speaker is null ? null : new SpeakerMention(q.Speaker, Find(text, q.Speaker.Split(' ')[^1] + " said"), q.Speaker.Split(' ')[^1]);
            return new Quote(span, q.Words, speaker, article.SentenceAt(span.Start));
        }).ToArray();
        var figures = _figures.Select(f =>
        {
            var span = Find(text, f.Words);
            return new Figure(span, f.Words, 1, null, f.Unit, null, false, f.About, article.SentenceAt(span.Start));
        }).ToArray();
        var people = _quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!).Distinct()
            .Select(name => new Person(name, null, [name, name.Split(' ')[^1]])).ToArray();
        return article with { Quotes = quotes, Figures = figures, People = people, SummarySentences = [1] };
    }

    private static TextSpan Find(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' not in the built text");
        return new TextSpan(start, start + words.Length);
    }
}
