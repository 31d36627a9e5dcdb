namespace DigestBot.Host.Sources;

/// <summary>What the server told us last time, sent back so an unchanged feed costs a 304 and no body.</summary>
internal sealed record FetchValidators(string? ETag, string? LastModified)
{
    public static FetchValidators None { get; } = new(null, null);
}
