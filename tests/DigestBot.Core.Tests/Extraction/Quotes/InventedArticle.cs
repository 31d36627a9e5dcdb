using DigestBot.Core.Material;

namespace DigestBot.Core.Tests.Extraction.Quotes;

/// <summary>Short invented articles (headline, blank line, paragraphs) run through the real parser.</summary>
internal static class InventedArticle
{
    public static Article Parse(params string[] paragraphs) =>
        ArticleParser.Parse(new ArticleInput("invented", "invented.txt", "Local News Roundup\n\n" + string.Join("\n\n", paragraphs), null, DateTimeOffset.UnixEpoch));
}
