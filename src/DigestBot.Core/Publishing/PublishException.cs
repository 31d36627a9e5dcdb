namespace DigestBot.Core.Publishing;

/// <summary>
/// A platform refused a post or pin. <see cref="Exception.Message"/> is written for a moderator to read
/// ("The bot lacks the Pin Messages permission in this channel."); <see cref="Permanent"/> means retrying
/// will not help.
/// </summary>
public sealed class PublishException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
