using DigestBot.Core.Commands;

namespace DigestBot.Core.Publishing;

/// <summary>The messages a publish produced, first to last; the first is the one to pin.</summary>
public sealed record PublishedMessage(ChannelRef Channel, IReadOnlyList<string> MessageIds);
