namespace DigestBot.Discord.Json;

internal sealed record InteractionChannel
{
    public string Id { get; set; } = "";
}
