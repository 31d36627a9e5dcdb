using DigestBot.Discord.Rest;

namespace DigestBot.Discord.Interactions;

/// <summary>Answers a gateway interaction through <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal sealed class RestCallbackResponder(DiscordRestClient rest, string interactionId, string token) : IInteractionResponder
{
    public Task RespondAsync(byte[] responseJson, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interactionId, token, responseJson, cancellationToken);
}
