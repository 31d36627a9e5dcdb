using Microsoft.AspNetCore.Http;

namespace DigestBot.Discord.Interactions;

/// <summary>Answers in the body of Discord's POST and completes the response, so later work cannot delay it.</summary>
internal sealed class HttpInlineResponder(HttpResponse response) : IInteractionResponder
{
    public async Task RespondAsync(byte[] responseJson, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = responseJson.Length;
        await response.Body.WriteAsync(responseJson, cancellationToken);
        await response.CompleteAsync();
    }
}
