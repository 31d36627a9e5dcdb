namespace DigestBot.Discord.Json;

/// <summary>Discord's error body; on 429 it also carries <c>retry_after</c> (seconds) and <c>global</c>.</summary>
internal sealed record DiscordErrorBody
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public double? RetryAfter { get; init; }

    public bool? Global { get; init; }
}
