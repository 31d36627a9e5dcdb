using System.Runtime.CompilerServices;
using DigestBot.Core.Commands;
using DigestBot.Core.Replies;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Json;
using DigestBot.Slack.Rendering;
using DigestBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Commands;

/// <summary>
/// Runs one slash command, however it arrived, and returns what to answer right away. A command still
/// running at <see cref="SlackOptions.AnswerDeadline"/> is answered with a short "working on it" and its
/// result follows through response_url; so do the continuation messages of a long reply.
/// </summary>
internal sealed class SlashCommandHandler(
    ICommandExecutor executor,
    ModeratorDirectory moderators,
    SlackApiClient api,
    PendingWork pending,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlashCommandHandler> logger)
{
    public const string Platform = "slack";

    /// <summary>Slack allows five answers per response_url.</summary>
    private const int MaxResponseUrlPosts = 5;

    private readonly TimeSpan _deadline = options.Value.AnswerDeadline;

    // The core hands out the same Reply for the same question until the material changes, so its Block Kit
    // form is rendered once per Reply, not once per request; the table lets go of a Reply with the snapshot.
    private static readonly ConditionalWeakTable<Reply, IReadOnlyList<SlackMessage>> RenderCache = new();

    public async Task<SlackMessage> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var bound = CommandParser.Parse(command.Command, Unescape(command.Text));
        var work = RunAsync(command, bound, pending.Stopping);
        if (!work.IsCompleted)
        {
            using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var deadline = Task.Delay(_deadline, time, stopWaiting.Token);
            var first = await Task.WhenAny(work, deadline);
            await stopWaiting.CancelAsync();
            if (first != work)
            {
                Log.AnswerDeferred(logger, command.Command, command.ChannelId, _deadline);
                pending.Run(ct => FollowUpAsync(command, work, 0, ct));
                return Working(bound);
            }
        }

        var messages = await work;
        if (messages.Count > 1)
        {
            pending.Run(ct => FollowUpAsync(command, work, 1, ct));
        }

        return messages[0];
    }

    private async Task<IReadOnlyList<SlackMessage>> RunAsync(SlashCommand command, BindResult bound, CancellationToken cancellationToken)
    {
        // Admin lookups cost a Web API call, so only commands that need a moderator pay for one.
        var isModerator = bound.Command is { ModeratorOnly: true }
            ? await moderators.IsModeratorAsync(command.UserId, cancellationToken)
            : moderators.IsConfiguredModerator(command.UserId);
        var caller = new Caller(command.UserId, command.UserName ?? command.UserId, isModerator);
        var context = new CommandContext(caller, new ChannelRef(Platform, command.ChannelId));
        Reply reply;
        try
        {
            reply = await executor.ExecuteAsync(bound, context, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The one place a Slack command failure becomes a polite answer (Core already does this for its
            // own handlers; this covers everything around them).
            Log.CommandFailed(logger, exception, command.Command);
            reply = Reply.Error("Something went wrong", $"{command.Command} failed on our side. It has been logged; please try again.");
        }

        return RenderCache.GetValue(reply, Render);
    }

    private static IReadOnlyList<SlackMessage> Render(Reply reply)
    {
        var responseType = reply.Ephemeral ? SlackMessage.EphemeralResponse : SlackMessage.InChannel;
        return [.. BlockKitRenderer.Render(reply).Select(m => m with { ResponseType = responseType })];
    }

    private async Task FollowUpAsync(SlashCommand command, Task<IReadOnlyList<SlackMessage>> work, int skip, CancellationToken cancellationToken)
    {
        var messages = await work;
        if (!Uri.TryCreate(command.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            throw new InvalidOperationException($"Slash command {command.Command} finished late but came without a response_url.");
        }

        var rest = messages.Skip(skip).ToList();
        if (rest.Count > MaxResponseUrlPosts)
        {
            Log.FollowUpsCut(logger, rest.Count, MaxResponseUrlPosts);
        }

        foreach (var message in rest.Take(MaxResponseUrlPosts))
        {
            await api.PostToResponseUrlAsync(responseUrl, message with { ReplaceOriginal = false }, cancellationToken);
        }
    }

    private static SlackMessage Working(BindResult bound)
    {
        var name = bound.Command?.Name ?? "command";
        return BlockKitRenderer.Render(Reply.Text("Working on it", $"/{name} is taking a moment; the answer follows here shortly."))[0]
            with { ResponseType = SlackMessage.EphemeralResponse };
    }

    /// <summary>Slack sends &amp;, &lt; and &gt; in command text as entities; Core wants what the user typed.</summary>
    internal static string Unescape(string text) =>
        text.Contains('&', StringComparison.Ordinal)
            ? text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
            : text;
}
