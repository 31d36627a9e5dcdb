namespace DigestBot.Discord.Gateway;

/// <summary>
/// How one gateway connection ended. <see cref="Resumable"/> keeps the session for a RESUME;
/// <see cref="Healthy"/> says the connection got as far as READY/RESUMED (resets the backoff);
/// <see cref="Delay"/> overrides the backoff when the protocol prescribes one.
/// </summary>
internal sealed record ConnectionOutcome(string Reason, bool Resumable, bool Healthy)
{
    public int? FatalCode { get; init; }

    public string? FatalReason { get; init; }

    public TimeSpan? Delay { get; init; }
}
