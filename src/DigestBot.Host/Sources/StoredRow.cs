namespace DigestBot.Host.Sources;

/// <summary>The identity columns of one stored item, for matching a fetched item to it.</summary>
internal sealed record StoredRow(string ItemKey, string? Guid, string? Url, string Hash);
