using DigestBot.Core.Commands;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Slack.Commands;
using DigestBot.Slack.Rendering;
using DigestBot.Slack.WebApi;

namespace DigestBot.Slack.Publishing;

/// <summary>
/// Posts digests with chat.postMessage (paced per channel, continuation messages in order) and pins with
/// pins.add. Slack's refusals come back as <see cref="PublishException"/> in words a moderator can act on.
/// </summary>
internal sealed class SlackChannelPublisher(SlackApiClient api, ChannelPacer pacer) : IChannelPublisher
{
    public string Platform => SlashCommandHandler.Platform;

    public async Task<PublishedMessage> PublishAsync(ChannelRef channel, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(reply);
        var posts = BlockKitRenderer.Render(reply)
            .Select(message => message with { Channel = channel.Id, UnfurlLinks = false, UnfurlMedia = false })
            .Select(message => (Func<CancellationToken, Task<string>>)(async ct =>
                (await api.PostMessageAsync(message, ct)).Ts
                ?? throw new PublishException("Slack accepted the message but did not say which it was (no ts).", permanent: false)))
            .ToList();
        var ids = await Translate(() => pacer.PostInOrderAsync(channel.Id, posts, cancellationToken));
        return new PublishedMessage(channel, ids);
    }

    public async Task PinAsync(ChannelRef channel, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        await Translate(async () =>
        {
            await api.PinAsync(channel.Id, messageId, cancellationToken);
            return true;
        });
    }

    private static async Task<T> Translate<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (SlackApiException exception)
        {
            throw new PublishException(exception.Message, exception.IsPermanent, exception);
        }
    }
}
