using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using DigestBot.Discord.Json;
using DigestBot.Discord.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: reads the raw body, verifies the Ed25519 signature over timestamp +
/// body before anything parses it, answers 401 on any failure, and hands the interaction to
/// <see cref="InteractionHandler"/>, which answers inline.
/// </summary>
internal sealed class InteractionEndpoint(
    InteractionSignatureVerifier verifier,
    InteractionHandler handler,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionEndpoint> logger)
{
    public const string Route = "/discord/interactions";

    // Interactions are a few KB; anything far larger is not from Discord.
    private const int MaxBodyBytes = 256 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            await RejectAsync(context, "body too large");
            return;
        }

        var (body, length) = await ReadBodyAsync(request.BodyReader, context.RequestAborted);
        try
        {
            if (body is null)
            {
                await RejectAsync(context, "body too large");
                return;
            }

            var timestamp = request.Headers["X-Signature-Timestamp"].ToString();
            var signature = request.Headers["X-Signature-Ed25519"].ToString();
            if (!verifier.Verify(timestamp, signature, body.AsSpan(0, length)))
            {
                await RejectAsync(context, signature.Length == 0 ? "unsigned" : "bad signature");
                return;
            }

            Interaction? interaction;
            try
            {
                interaction = JsonSerializer.Deserialize(body.AsSpan(0, length), DiscordJsonContext.Default.Interaction);
            }
            catch (JsonException)
            {
                interaction = null;
            }

            if (interaction is not { IsWellFormed: true })
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            // The application's token, not the request's: follow-ups continue after the response is sent.
            await handler.HandleAsync(interaction, new HttpInlineResponder(context.Response), lifetime.ApplicationStopping);
        }
        finally
        {
            if (body is not null)
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }
    }

    private Task RejectAsync(HttpContext context, string reason)
    {
        Log.SignatureRejected(logger, reason);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    private static async Task<(byte[]? Body, int Length)> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > MaxBodyBytes)
            {
                reader.AdvanceTo(buffer.End);
                return (null, 0);
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                var length = (int)buffer.Length;
                var body = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                buffer.CopyTo(body);
                reader.AdvanceTo(buffer.End);
                return (body, length);
            }

            // Nothing consumed, everything examined: wait for the rest of the body.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
