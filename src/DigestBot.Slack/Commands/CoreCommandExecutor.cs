using DigestBot.Core.Commands;
using DigestBot.Core.Replies;

namespace DigestBot.Slack.Commands;

internal sealed class CoreCommandExecutor(CommandCore core) : ICommandExecutor
{
    // A reply already known comes back at once; anything else runs on the thread pool, so a core that
    // computes synchronously cannot keep the handler from answering "working on it" at the deadline.
    public Task<Reply> ExecuteAsync(BindResult bound, CommandContext context, CancellationToken cancellationToken) =>
        core.TryGetKnownReply(bound, context, out var known)
            ? Task.FromResult(known)
            : Task.Run(() => core.ExecuteAsync(bound, context, cancellationToken), cancellationToken);
}
