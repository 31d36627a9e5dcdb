namespace DigestBot.Discord.Json;

internal sealed record EmbedField(string Name, string Value)
{
    public bool? Inline { get; init; }
}
