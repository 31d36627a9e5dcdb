namespace DigestBot.Host.Sources;

/// <summary>One row of source_state: what the last fetches of a source said, and when to try next.</summary>
internal sealed record SourceState(
    string SourceKey,
    FetchValidators Validators,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    int Failures,
    DateTimeOffset? NextAttemptAt,
    int ItemCount)
{
    public static SourceState New(string sourceKey) => new(sourceKey, FetchValidators.None, null, null, null, 0, null, 0);
}
