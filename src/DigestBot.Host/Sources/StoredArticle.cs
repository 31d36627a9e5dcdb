namespace DigestBot.Host.Sources;

/// <summary>One row of source_articles: the article text as fetched, in the parser's shape.</summary>
internal sealed record StoredArticle(string SourceKey, string ItemKey, string? Url, string ContentHash, string Text, DateTimeOffset PublishedAt);
