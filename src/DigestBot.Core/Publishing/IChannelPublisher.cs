using DigestBot.Core.Commands;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Publishing;

/// <summary>
/// Port: posts a reply to a channel of one platform and pins messages there. Adapters implement it; the
/// digest scheduler and the moderator pin feature use it without knowing the platform.
/// </summary>
public interface IChannelPublisher
{
    /// <summary>"discord", "slack" or "console": matches <see cref="ChannelRef.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>Posts the reply (split into several messages if it must be) and returns their ids, first to last.</summary>
    /// <exception cref="PublishException">The platform refused it; the message says why in plain words.</exception>
    Task<PublishedMessage> PublishAsync(ChannelRef channel, Reply reply, CancellationToken cancellationToken);

    /// <exception cref="PublishException">The platform refused it (missing permission, unknown message…).</exception>
    Task PinAsync(ChannelRef channel, string messageId, CancellationToken cancellationToken);
}
