using DigestBot.Core.Commands;

namespace DigestBot.Core.Moderation;

/// <summary>A stored schedule: <see cref="Description"/> says when in words ("08:00 mon-fri Europe/Berlin").</summary>
public sealed record ScheduleInfo(string Name, ChannelRef Channel, string Description, DateTimeOffset? NextRun, string Origin);
