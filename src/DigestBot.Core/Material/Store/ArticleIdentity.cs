namespace DigestBot.Core.Material.Store;

/// <summary>
/// Groups by article object. <see cref="Article"/> is a record, so its own equality hashes the whole text and
/// compares every field: costly per reply, and needless, since a snapshot holds each article once.
/// </summary>
public static class ArticleIdentity
{
    public static IEqualityComparer<Article> Comparer { get; } = ReferenceEqualityComparer.Instance;
}
