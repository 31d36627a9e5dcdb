using DigestBot.Core.Commands;
using DigestBot.Core.Replies;

namespace DigestBot.Slack.Commands;

/// <summary>Port in front of Core's <see cref="CommandCore"/>, so tests can make a command slow on purpose.</summary>
internal interface ICommandExecutor
{
    Task<Reply> ExecuteAsync(BindResult bound, CommandContext context, CancellationToken cancellationToken);
}
