namespace DigestBot.Discord.Json;

/// <summary>The initial answer to an interaction: a message (type 4), a defer (type 5) or a pong (type 1).</summary>
internal sealed record InteractionResponse(int Type, DiscordMessage? Data);
