namespace DigestBot.Discord.Json;

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties);
