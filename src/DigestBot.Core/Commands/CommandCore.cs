using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DigestBot.Core.Commands.Handlers;
using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Digests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Core.Sources;
using Microsoft.Extensions.Logging;

namespace DigestBot.Core.Commands;

/// <summary>
/// The one entry point every adapter uses: text or named options in, a <see cref="Reply"/> out. Checks
/// moderator-only commands, dispatches with a plain switch, and turns any failure into a polite reply.
/// </summary>
public sealed partial class CommandCore(
    IMaterialStore store,
    ISourceCatalog sources,
    IScheduleBook schedules,
    IAuditLog audit,
    IPostHistory posts,
    IEnumerable<IChannelPublisher> publishers,
    TimeProvider time,
    ILogger<CommandCore> logger)
{
    // A cached reply keeps its identity when made ephemeral, so adapters can reuse what they rendered from it.
    private static readonly ConditionalWeakTable<Reply, Reply> EphemeralForms = new();

    private readonly ReplyCache _replies = new();

    public Task<Reply> ExecuteAsync(string text, CommandContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(CommandParser.Parse(text), context, cancellationToken);

    public async Task<Reply> ExecuteAsync(BindResult bound, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bound);
        ArgumentNullException.ThrowIfNull(context);
        if (!bound.Succeeded)
        {
            Log.CommandRejected(logger, bound.Command?.Name ?? "?", context.Channel.ToString(), bound.Error.Sections[0].Text ?? "");
            return bound.Error;
        }

        if (bound.Command.ModeratorOnly && !context.Caller.IsModerator)
        {
            return Reply.Error("Moderators only", $"Sorry, only moderators can use /{bound.Command.Name} here.");
        }

        try
        {
            var reply = await DispatchAsync(bound.Request, context, cancellationToken);
            return bound.Command.Ephemeral ? EphemeralForm(reply) : reply;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            Log.CommandFailed(logger, exception, bound.Command.Name, context.Channel.ToString());
            return Reply.Error("Something went wrong", $"/{bound.Command.Name} failed on our side. It has been logged; please try again.");
        }
    }

    /// <summary>
    /// The reply when it is already known for the current material (a read-only command asked before), so an
    /// adapter can answer at once instead of handing the command to the thread pool against its deadline.
    /// </summary>
    public bool TryGetKnownReply(BindResult bound, CommandContext context, [NotNullWhen(true)] out Reply? reply)
    {
        ArgumentNullException.ThrowIfNull(bound);
        ArgumentNullException.ThrowIfNull(context);
        reply = null;
        if (!bound.Succeeded || (bound.Command.ModeratorOnly && !context.Caller.IsModerator)
            || !ReplyCache.IsCacheable(bound.Request) || !_replies.TryGet(store.Current, bound.Request, out var cached))
        {
            return false;
        }

        reply = bound.Command.Ephemeral ? EphemeralForm(cached) : cached;
        return true;
    }

    private static Reply EphemeralForm(Reply reply) => EphemeralForms.GetValue(reply, static r => r.Ephemeral ? r : r with { Ephemeral = true });

    private async ValueTask<Reply> DispatchAsync(CommandRequest request, CommandContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = store.Current;
        if (ReplyCache.IsCacheable(request))
        {
            return _replies.GetOrAdd(snapshot, request, Read);
        }

        return request switch
        {
            DigestRequest => DigestComposer.Compose(snapshot, time.GetUtcNow(), sources: sources.Describe())
                ?? Reply.Text("Digest", "Nothing to report: no articles are loaded yet."),
            SourcesRequest => SourcesHandler.Handle(sources.Describe()),
            PinRequest pin => await PinHandler.HandleAsync(pin, context, snapshot, publishers, posts, audit, time, cancellationToken),
            ScheduleRequest schedule => await ScheduleHandler.HandleAsync(schedule, context, schedules, audit, time, cancellationToken),
            AuditRequest auditRequest => await AuditHandler.HandleAsync(auditRequest, context, audit, cancellationToken),
            _ => throw new InvalidOperationException($"No handler for {request.GetType().Name}."),
        };
    }

    /// <summary>Commands that only read the snapshot: same snapshot and request, same reply.</summary>
    private static Reply Read(CommandRequest request, MaterialSnapshot snapshot) => request switch
    {
        QuotesRequest quotes => QuotesHandler.Handle(quotes, snapshot),
        SpeakersRequest => SpeakersHandler.Handle(snapshot),
        FiguresRequest figures => FiguresHandler.Handle(figures, snapshot),
        SummaryRequest summary => SummaryHandler.Handle(summary, snapshot),
        SearchRequest search => SearchHandler.Handle(search, snapshot),
        HelpRequest help => HelpHandler.Handle(help),
        _ => throw new InvalidOperationException($"{request.GetType().Name} is not a read-only command."),
    };

    private static partial class Log
    {
        [LoggerMessage(1001, LogLevel.Information, "Command /{Command} in {Channel} rejected: {Reason}")]
        public static partial void CommandRejected(ILogger logger, string command, string channel, string reason);

        [LoggerMessage(1002, LogLevel.Error, "Command /{Command} in {Channel} failed")]
        public static partial void CommandFailed(ILogger logger, Exception exception, string command, string channel);
    }
}
