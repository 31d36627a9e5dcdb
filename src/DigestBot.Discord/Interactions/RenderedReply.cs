using DigestBot.Discord.Json;

namespace DigestBot.Discord.Interactions;

/// <summary>A reply in Discord's form: its messages, and the first as the inline interaction response body.</summary>
internal sealed record RenderedReply(IReadOnlyList<DiscordMessage> Messages, byte[] Inline);
