using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

/// <summary>
/// /pin: with no article, pins the latest digest the bot posted in this channel (or, if there is none yet,
/// posts the latest summary and pins that); with an article, posts its summary and pins it.
/// </summary>
public static class PinHandler
{
    public static async Task<Reply> HandleAsync(
        PinRequest request,
        CommandContext context,
        MaterialSnapshot snapshot,
        IEnumerable<IChannelPublisher> publishers,
        IPostHistory history,
        IAuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var publisher = publishers.FirstOrDefault(p => string.Equals(p.Platform, context.Channel.Platform, StringComparison.OrdinalIgnoreCase));
        if (publisher is null)
        {
            return Reply.Error("Cannot pin here", $"Posting to {context.Channel.Platform} is not enabled.");
        }

        var messageId = request.Article is null ? await history.LatestPostAsync(context.Channel, cancellationToken) : null;
        string what;
        try
        {
            if (messageId is null)
            {
                var summary = SummaryHandler.Handle(new SummaryRequest(request.Article), snapshot);
                if (summary.IsError || snapshot.Articles.Count == 0)
                {
                    return summary.IsError ? summary : Reply.Error("Nothing to pin", "No digest has been posted here and no articles are loaded.");
                }

                var posted = await publisher.PublishAsync(context.Channel, summary, cancellationToken);
                messageId = posted.MessageIds[0];
                await history.RecordAsync(context.Channel, "summary", messageId, cancellationToken);
                what = $"summary of “{summary.Title}”";
            }
            else
            {
                what = "latest digest";
            }

            await publisher.PinAsync(context.Channel, messageId, cancellationToken);
        }
        catch (PublishException refused)
        {
            return Reply.Error("Could not pin", refused.Message);
        }

        await ScheduleHandler.RecordAsync(audit, time, context, "pin", $"{what} (message {messageId})", cancellationToken);
        return Reply.Text("Pinned", $"Pinned the {what}.") with { Ephemeral = true };
    }
}
