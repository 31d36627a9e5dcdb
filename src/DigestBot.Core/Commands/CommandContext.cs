namespace DigestBot.Core.Commands;

public sealed record CommandContext(Caller Caller, ChannelRef Channel);
