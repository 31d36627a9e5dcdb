using System.Globalization;
using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Moderation;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class AuditHandler
{
    public static async Task<Reply> HandleAsync(AuditRequest request, CommandContext context, IAuditLog audit, CancellationToken cancellationToken)
    {
        var entries = await audit.RecentAsync(context.Channel, request.Limit, cancellationToken);
        if (entries.Count == 0)
        {
            return Reply.Text("Moderator actions", "No moderator actions recorded in this channel.");
        }

        var items = entries
            .Select(e => new ReplyItem(
                ReplyItemKind.Line,
                $"{e.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {e.ActorName}: {e.Action}",
                e.Detail,
                null))
            .ToArray();
        return new Reply("Moderator actions", [new ReplySection(null, null, items, [])]);
    }
}
