using DigestBot.Core.Material;

namespace DigestBot.Host.Material;

/// <summary>An article with what dedupe compares, computed once when the article arrives.</summary>
internal sealed record CatalogEntry(Article Article, string ContentHash, string? Url)
{
    public static CatalogEntry For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new CatalogEntry(article, Sources.ContentHash.Of(article.Text), article.Url is null ? null : Sources.UrlNormalizer.Normalize(article.Url));
    }
}
