namespace DigestBot.Discord.Rest;

/// <summary>
/// One Discord rate-limit bucket for one top-level resource. Requests through it run one at a time (the
/// gate), so what the last response said about <c>remaining</c> and <c>reset-after</c> is always current.
/// </summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int Remaining { get; set; } = 1;

    public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;
}
