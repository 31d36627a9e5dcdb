namespace DigestBot.Discord.Json;

internal sealed record IdentifyProperties(string Os, string Browser, string Device);
