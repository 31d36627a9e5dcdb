namespace DigestBot.Discord.Json;

internal sealed record GatewayIdentify(IdentifyData D)
{
    public int Op => 2;
}
