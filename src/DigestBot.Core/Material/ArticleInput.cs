namespace DigestBot.Core.Material;

/// <summary>Raw material handed to the parser: the text as read and where it came from.</summary>
public sealed record ArticleInput(string Id, string Source, string Text, Uri? Url, DateTimeOffset PublishedAt);
