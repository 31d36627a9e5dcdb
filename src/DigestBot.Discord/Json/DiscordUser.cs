namespace DigestBot.Discord.Json;

internal sealed record DiscordUser
{
    public string Id { get; set; } = "";

    public string? Username { get; set; }

    public string? GlobalName { get; set; }
}
