namespace DigestBot.Discord.Json;

internal sealed record GatewayResume(ResumeData D)
{
    public int Op => 6;
}
