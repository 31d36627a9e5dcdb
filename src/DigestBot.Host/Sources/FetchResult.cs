namespace DigestBot.Host.Sources;

/// <summary>
/// A completed fetch: <see cref="NotModified"/> for a 304, otherwise the body (never more than
/// <c>Sources:MaxResponseBytes</c>), its media type and charset, and the URL it finally came from.
/// </summary>
internal sealed record FetchResult(bool NotModified, byte[] Body, string? MediaType, string? Charset, Uri FinalUrl, FetchValidators Validators);
