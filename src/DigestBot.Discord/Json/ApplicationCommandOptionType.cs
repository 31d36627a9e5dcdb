namespace DigestBot.Discord.Json;

internal static class ApplicationCommandOptionType
{
    public const int String = 3;
    public const int Integer = 4;
}
