namespace DigestBot.Host.Sources;

/// <summary>
/// One article as a feed or page gave it, before storing: <see cref="Guid"/> is the feed's own id (if
/// any), <see cref="Url"/> is normalised, <see cref="Paragraphs"/> is plain text without the headline.
/// </summary>
internal sealed record FetchedItem(string? Guid, string? Url, string Title, IReadOnlyList<string> Paragraphs, DateTimeOffset? Published)
{
    /// <summary>The shape <see cref="Core.Material.ArticleParser"/> expects: headline line, blank line, paragraphs.</summary>
    public string Text => Title + "\n\n" + string.Join("\n\n", Paragraphs);
}
