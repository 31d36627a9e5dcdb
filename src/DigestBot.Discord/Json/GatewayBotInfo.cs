namespace DigestBot.Discord.Json;

internal sealed record GatewayBotInfo
{
    public required string Url { get; init; }
}
