namespace DigestBot.Discord.Json;

internal sealed record DiscordUser
{
    public required string Id { get; init; }

    public string? Username { get; init; }

    public string? GlobalName { get; init; }
}
