namespace DigestBot.Discord.Json;

internal sealed record GatewayHello
{
    public int HeartbeatInterval { get; init; }
}
