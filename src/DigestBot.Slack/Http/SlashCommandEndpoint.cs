using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DigestBot.Slack.Commands;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Json;
using DigestBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Http;

/// <summary>
/// <c>POST /slack/commands</c>: reads the raw body, checks <c>X-Slack-Signature</c> over exactly those
/// bytes (401 when it fails), then answers in the 200 response itself, which saves Slack a round trip.
/// </summary>
internal sealed class SlashCommandEndpoint(
    SlashCommandHandler handler,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlashCommandEndpoint> logger)
{
    public const string Path = "/slack/commands";

    private readonly SlackSignatureVerifier _verifier = new(options.Value.SigningSecret ?? "", time);
    private readonly int _maxBytes = options.Value.MaxRequestBytes;

    // The handler returns the same message for a cached reply, so its JSON is written once, not per request.
    private static readonly ConditionalWeakTable<SlackMessage, byte[]> JsonCache = new();

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength > _maxBytes)
        {
            Log.RequestTooLarge(logger, request.ContentLength.Value, _maxBytes);
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var reader = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(http.RequestAborted);
            if (read.Buffer.Length > _maxBytes)
            {
                reader.AdvanceTo(read.Buffer.End);
                Log.RequestTooLarge(logger, read.Buffer.Length, _maxBytes);
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (read.IsCompleted)
            {
                break;
            }

            // Keep everything buffered until the whole body is in: the signature covers all of it.
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        var body = read.Buffer;
        SlashCommand? command;
        try
        {
            var check = _verifier.Verify(
                request.Headers["X-Slack-Request-Timestamp"].ToString(),
                request.Headers["X-Slack-Signature"].ToString(),
                body);
            command = check == SignatureCheck.Valid ? SlashCommandForm.Parse(body) : null;
            if (check != SignatureCheck.Valid)
            {
                Log.SignatureRejected(logger, request.Path, check.ToString());
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }
        finally
        {
            reader.AdvanceTo(body.End);
        }

        if (command is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var message = await handler.HandleAsync(command, http.RequestAborted);
        var json = JsonCache.GetValue(message, static m => JsonSerializer.SerializeToUtf8Bytes(m, SlackJsonContext.Default.SlackMessage));
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = json.Length;
        await http.Response.Body.WriteAsync(json, http.RequestAborted);
    }
}
