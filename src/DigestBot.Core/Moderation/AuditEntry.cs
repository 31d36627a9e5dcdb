using DigestBot.Core.Commands;

namespace DigestBot.Core.Moderation;

/// <summary>Who did what, when and where: one moderator action.</summary>
public sealed record AuditEntry(DateTimeOffset At, ChannelRef Channel, string ActorId, string ActorName, string Action, string Detail);
