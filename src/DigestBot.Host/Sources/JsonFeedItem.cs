using System.Text.Json.Serialization;

namespace DigestBot.Host.Sources;

/// <summary>One JSON Feed item; ids may be strings or numbers in the wild, so they are read as JSON.</summary>
internal sealed record JsonFeedItem(
    [property: JsonPropertyName("id")] System.Text.Json.JsonElement? Id,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("content_html")] string? ContentHtml,
    [property: JsonPropertyName("content_text")] string? ContentText,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("date_published")] string? DatePublished,
    [property: JsonPropertyName("date_modified")] string? DateModified);
