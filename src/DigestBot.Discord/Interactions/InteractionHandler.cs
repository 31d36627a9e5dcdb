using System.Text.Json;
using DigestBot.Core.Commands;
using DigestBot.Core.Replies;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Json;
using DigestBot.Discord.Rendering;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Interactions;

/// <summary>
/// Answers one verified interaction, however it arrived: PING → PONG, autocomplete → choices, a command →
/// the core's reply. The reply goes inline when the core answers within <see cref="DiscordOptions.DeferAfter"/>;
/// otherwise the interaction is deferred (type 5) and <c>@original</c> is edited when the reply is ready.
/// Extra messages of a long reply follow as follow-ups. Every path is awaited; failures are logged and the
/// user gets a polite message.
/// </summary>
internal sealed class InteractionHandler(
    CommandCore core,
    InteractionMapper mapper,
    AutocompleteSuggester suggester,
    DiscordRestClient rest,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> logger)
{
    public static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

    public async Task HandleAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                await responder.RespondAsync(Pong, cancellationToken);
                break;
            case InteractionType.Autocomplete:
                await responder.RespondAsync(Autocomplete(interaction), cancellationToken);
                break;
            case InteractionType.ApplicationCommand:
                await AnswerCommandAsync(interaction, responder, cancellationToken);
                break;
            default:
                Log.UnsupportedInteraction(logger, interaction.Type);
                await responder.RespondAsync(Message(Reply.Error("Not supported", "DigestBot only answers its slash commands.")), cancellationToken);
                break;
        }
    }

    private byte[] Autocomplete(Interaction interaction)
    {
        var focused = InteractionMapper.Focused(interaction.Data);
        var choices = focused is null || interaction.Data?.Name is not { } command
            ? []
            : suggester.Suggest(command, focused.Name, focused.Value ?? "");
        return JsonSerializer.SerializeToUtf8Bytes(new AutocompleteResponse(new AutocompleteData(choices)), DiscordJsonContext.Default.AutocompleteResponse);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Reply, RenderedReply> RenderCache = new();

    private async Task AnswerCommandAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        var name = interaction.Data?.Name ?? "";
        var responded = false;
        var deferred = false;
        try
        {
            var context = mapper.Context(interaction);
            var commandOptions = InteractionMapper.Options(interaction.Data);

            // A reply already known is answered at once; anything else runs on the thread pool, so a core that
            // computes synchronously cannot hold up the deferral.
            var bound = CommandBinder.Bind(name, commandOptions);
            var work = core.TryGetKnownReply(bound, context, out var known)
                ? Task.FromResult(known)
                : Task.Run(() => core.ExecuteAsync(bound, context, cancellationToken), cancellationToken);
            if (!work.IsCompleted && !await FinishesInTimeAsync(work, cancellationToken))
            {
                var ephemeral = bound.Command?.Ephemeral ?? false;
                await responder.RespondAsync(Deferred(ephemeral), cancellationToken);
                responded = deferred = true;
                Log.InteractionDeferred(logger, interaction.Id, name, options.Value.DeferAfter);
            }

            var rendered = RenderOnce(await work);
            var messages = rendered.Messages;
            if (deferred)
            {
                // Ephemerality was fixed by the defer; an edit cannot change it.
                await rest.EditOriginalResponseAsync(interaction.Token, messages[0] with { Flags = null }, cancellationToken);
            }
            else
            {
                await responder.RespondAsync(rendered.Inline, cancellationToken);
                responded = true;
            }

            for (var i = 1; i < messages.Count; i++)
            {
                await rest.CreateFollowupAsync(interaction.Token, messages[i], cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.InteractionFailed(logger, exception, interaction.Id, name);
            await ApologiseAsync(interaction, responder, responded, deferred, cancellationToken);
        }
    }

    private async Task ApologiseAsync(Interaction interaction, IInteractionResponder responder, bool responded, bool deferred, CancellationToken cancellationToken)
    {
        var apology = DiscordRenderer.Render(Reply.Error("Something went wrong", "DigestBot could not answer this time. It has been logged; please try again."))[0];
        try
        {
            if (!responded)
            {
                await responder.RespondAsync(Message(apology), cancellationToken);
            }
            else if (deferred)
            {
                await rest.EditOriginalResponseAsync(interaction.Token, apology with { Flags = null }, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Discord itself is failing us; the first failure is already logged with its cause.
            Log.InteractionFailed(logger, exception, interaction.Id, interaction.Data?.Name ?? "");
        }
    }

    private async Task<bool> FinishesInTimeAsync(Task work, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(options.Value.DeferAfter, time, timer.Token);
        var first = await Task.WhenAny(work, deadline);
        await timer.CancelAsync();
        return first == work;
    }

    private static byte[] Message(Reply reply) => Message(DiscordRenderer.Render(reply)[0]);

    // The core hands out the same Reply for the same question until the material changes, so its Discord
    // form (embeds and the inline response bytes) is rendered once per Reply, not once per request.
    private static RenderedReply RenderOnce(Reply reply) =>
        RenderCache.GetValue(reply, static r =>
        {
            var messages = DiscordRenderer.Render(r);
            return new RenderedReply(messages, Message(messages[0]));
        });

    private static byte[] Message(DiscordMessage message) =>
        JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, message), DiscordJsonContext.Default.InteractionResponse);

    private static byte[] Deferred(bool ephemeral) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new InteractionResponse(
                InteractionCallbackType.DeferredChannelMessageWithSource,
                ephemeral ? new DiscordMessage { Flags = MessageFlags.Ephemeral } : null),
            DiscordJsonContext.Default.InteractionResponse);
}
