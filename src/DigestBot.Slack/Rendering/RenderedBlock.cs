using DigestBot.Slack.Json;

namespace DigestBot.Slack.Rendering;

/// <summary>A block with its plain-text meaning (for the notification fallback) and the characters it costs.</summary>
internal sealed record RenderedBlock(SlackBlock Block, string Plain, int Size);
