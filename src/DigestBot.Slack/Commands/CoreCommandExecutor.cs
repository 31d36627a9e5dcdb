using DigestBot.Core.Commands;
using DigestBot.Core.Replies;

namespace DigestBot.Slack.Commands;

internal sealed class CoreCommandExecutor(CommandCore core) : ICommandExecutor
{
    public Task<Reply> ExecuteAsync(BindResult bound, CommandContext context, CancellationToken cancellationToken) =>
        core.ExecuteAsync(bound, context, cancellationToken);
}
