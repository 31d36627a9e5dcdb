namespace DigestBot.Core.Sources;

/// <summary>How one source of material is doing, for <c>/sources</c>.</summary>
public sealed record SourceStatus(
    string Name,
    string Kind,
    bool Healthy,
    int ItemCount,
    DateTimeOffset? LastSuccess,
    string? LastError);
