using DigestBot.Core.Commands;

namespace DigestBot.Core.Moderation;

/// <summary>Port: what the bot itself last posted in a channel (digests, pinned summaries), to pin it.</summary>
public interface IPostHistory
{
    /// <returns>The id of the first message of the latest digest or summary the bot posted there, or null.</returns>
    Task<string?> LatestPostAsync(ChannelRef channel, CancellationToken cancellationToken);

    Task RecordAsync(ChannelRef channel, string kind, string messageId, CancellationToken cancellationToken);
}
