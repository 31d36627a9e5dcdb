using DigestBot.Core.Commands;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Discord.Interactions;
using DigestBot.Discord.Rendering;
using DigestBot.Discord.Rest;

namespace DigestBot.Discord.Publishing;

/// <summary>
/// Posts replies (digests) to Discord channels, split into as many messages as the limits need, and pins
/// messages. Discord's refusals become <see cref="PublishException"/>s a moderator can act on.
/// </summary>
internal sealed class DiscordChannelPublisher(DiscordRestClient rest) : IChannelPublisher
{
    public string Platform => InteractionMapper.Platform;

    public async Task<PublishedMessage> PublishAsync(ChannelRef channel, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(reply);

        // A channel post is public by nature: the ephemeral flag only means something for interactions.
        var messages = DiscordRenderer.Render(reply with { Ephemeral = false });
        var ids = new List<string>(messages.Count);
        foreach (var message in messages)
        {
            try
            {
                var created = await rest.CreateMessageAsync(channel.Id, message, cancellationToken);
                ids.Add(created.Id);
            }
            catch (DiscordApiException exception)
            {
                throw Explain(exception, channel, "post in", "Send Messages and Embed Links");
            }
            catch (ArgumentException exception)
            {
                throw new PublishException($"“{channel.Id}” is not a Discord channel id.", permanent: true, exception);
            }
        }

        return new PublishedMessage(channel, ids);
    }

    public async Task PinAsync(ChannelRef channel, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        try
        {
            await rest.PinMessageAsync(channel.Id, messageId, cancellationToken);
        }
        catch (DiscordApiException exception)
        {
            throw Explain(exception, channel, "pin messages in", "Pin Messages");
        }
        catch (ArgumentException exception)
        {
            throw new PublishException($"“{channel.Id}” or “{messageId}” is not a Discord id.", permanent: true, exception);
        }
    }

    private static PublishException Explain(DiscordApiException exception, ChannelRef channel, string action, string permissions)
    {
        var message = exception.Code switch
        {
            DiscordApiException.MissingPermissions => $"The bot lacks the {permissions} permission in channel {channel.Id}: ask a server admin to grant it, then try again.",
            DiscordApiException.MissingAccess => $"The bot cannot see channel {channel.Id}: give it the View Channel permission there (or invite it to the server).",
            DiscordApiException.UnknownChannel => $"Discord does not know channel {channel.Id}: check the channel id in the configuration.",
            DiscordApiException.UnknownMessage => $"That message no longer exists in channel {channel.Id}.",
            DiscordApiException.MaxPins => $"Channel {channel.Id} already has the maximum of 250 pins: unpin something first.",
            _ when exception.Status == System.Net.HttpStatusCode.Forbidden => $"Discord does not allow the bot to {action} channel {channel.Id} ({exception.DiscordMessage}).",
            _ => $"Discord could not {action} channel {channel.Id}: {exception.DiscordMessage}",
        };
        return new PublishException(message, exception.Permanent, exception);
    }
}
