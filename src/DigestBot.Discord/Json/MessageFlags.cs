namespace DigestBot.Discord.Json;

internal static class MessageFlags
{
    public const int Ephemeral = 1 << 6;
}
