using System.Net.WebSockets;
using System.Text.Json;
using DigestBot.Slack.Commands;
using DigestBot.Slack.Json;
using DigestBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.SocketMode;

/// <summary>
/// Takes envelopes off the read loop: runs slash commands and acknowledges each envelope by id within
/// Slack's three seconds, with the answer as payload where Slack accepts one. Duplicates are acknowledged
/// again but not run again; other envelope types are acknowledged and ignored.
/// </summary>
internal sealed class EnvelopeDispatcher(
    SlashCommandHandler handler,
    SlackApiClient api,
    PendingWork pending,
    ILogger<EnvelopeDispatcher> logger)
{
    public const string SlashCommands = "slash_commands";

    private readonly EnvelopeLog _seen = new();

    public void Dispatch(SocketModeConnection connection, SocketFrame envelope)
    {
        var id = envelope.EnvelopeId!;
        if (!_seen.TryAdd(id))
        {
            Log.DuplicateEnvelope(logger, id);
            pending.Run(ct => connection.SendAsync(new SocketAck(id), ct));
            return;
        }

        if (envelope.Type != SlashCommands)
        {
            Log.IgnoredEnvelope(logger, id, envelope.Type ?? "?");
            pending.Run(ct => connection.SendAsync(new SocketAck(id), ct));
            return;
        }

        pending.Run(ct => RunSlashCommandAsync(connection, id, envelope, ct));
    }

    private async Task RunSlashCommandAsync(SocketModeConnection connection, string id, SocketFrame envelope, CancellationToken cancellationToken)
    {
        var command = envelope.Payload.ValueKind == JsonValueKind.Object
            ? envelope.Payload.Deserialize(SlackJsonContext.Default.SlashCommand)
            : null;
        if (command is null)
        {
            await connection.SendAsync(new SocketAck(id), cancellationToken);
            return;
        }

        if (!envelope.AcceptsResponsePayload)
        {
            await connection.SendAsync(new SocketAck(id), cancellationToken);
            await AnswerViaResponseUrlAsync(command, await handler.HandleAsync(command, cancellationToken), cancellationToken);
            return;
        }

        var answer = await handler.HandleAsync(command, cancellationToken);
        try
        {
            await connection.SendAsync(new SocketAck(id) { Payload = answer }, cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket went away between envelope and answer (a replacement, a drop): the answer still goes out.
            Log.AckFailed(logger, exception, id);
            await AnswerViaResponseUrlAsync(command, answer, cancellationToken);
        }
    }

    private async Task AnswerViaResponseUrlAsync(SlashCommand command, SlackMessage answer, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(command.ResponseUrl, UriKind.Absolute, out var url))
        {
            await api.PostToResponseUrlAsync(url, answer with { ReplaceOriginal = false }, cancellationToken);
        }
    }
}
