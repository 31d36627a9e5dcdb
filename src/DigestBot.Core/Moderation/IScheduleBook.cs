using DigestBot.Core.Commands;

namespace DigestBot.Core.Moderation;

/// <summary>Port: the durable per-channel digest schedules (the host keeps them in its store and scheduler).</summary>
public interface IScheduleBook
{
    Task<ScheduleChange> AddAsync(ChannelRef channel, ScheduleDraft draft, Caller by, CancellationToken cancellationToken);

    Task<IReadOnlyList<ScheduleInfo>> ListAsync(ChannelRef channel, CancellationToken cancellationToken);

    /// <returns>False when the channel has no schedule of that name.</returns>
    Task<bool> RemoveAsync(ChannelRef channel, string name, CancellationToken cancellationToken);
}
