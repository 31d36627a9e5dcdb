namespace DigestBot.Discord.Json;

internal sealed record InteractionChannel
{
    public required string Id { get; init; }
}
