namespace DigestBot.Discord.Json;

internal sealed record EmbedFooter(string Text);
