using DigestBot.Core.Commands;

namespace DigestBot.Core.Moderation;

/// <summary>Port: an append-only record of moderator actions.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> RecentAsync(ChannelRef channel, int limit, CancellationToken cancellationToken);
}
