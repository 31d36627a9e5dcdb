namespace DigestBot.Discord.Json;

internal sealed record GatewayReady
{
    public required string SessionId { get; init; }

    public string? ResumeGatewayUrl { get; init; }
}
