using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Replies;

/// <summary>The one way quotes, figures and stories become reply items, so every command shows them alike.</summary>
public static class ReplyItems
{
    public const string Unattributed = "Unattributed";

    public static ReplyItem Quote(QuoteRef quote) =>
        new(ReplyItemKind.Quote, quote.Quote.Text, quote.Quote.Speaker?.Name ?? Unattributed, Link(quote.Article, quote.Quote.SentenceIndex));

    public static ReplyItem Figure(FigureRef figure) =>
        new(ReplyItemKind.Figure, figure.Figure.Text, figure.Figure.About, Link(figure.Article, figure.Figure.SentenceIndex));

    public static ReplyItem Story(Article article) =>
        new(ReplyItemKind.Story, article.Title, article.Summary, Link(article, article.SummarySentences.Count > 0 ? article.SummarySentences[0] : 0));

    public static ReplyItem Sentence(SentenceRef sentence) =>
        new(ReplyItemKind.Line, sentence.Text, sentence.Article.Title, Link(sentence.Article, sentence.Sentence.Index));

    public static SourceLink Link(Article article, int sentenceIndex) =>
        new(article.Id, article.Title, article.Url, Math.Max(sentenceIndex, 0));
}
