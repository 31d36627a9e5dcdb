using System.Text.Json.Serialization;

namespace DigestBot.Host.Sources;

/// <summary>The parts of a JSON Feed (https://jsonfeed.org/version/1.1) that DigestBot reads.</summary>
internal sealed record JsonFeedDocument(
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("items")] IReadOnlyList<JsonFeedItem>? Items);
