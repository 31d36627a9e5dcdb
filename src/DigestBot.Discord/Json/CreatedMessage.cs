namespace DigestBot.Discord.Json;

/// <summary>The part of a created message DigestBot keeps: its id, to pin it or report it.</summary>
internal sealed record CreatedMessage
{
    public required string Id { get; init; }

    public string? ChannelId { get; init; }
}
