namespace DigestBot.Discord.Interactions;

/// <summary>
/// Sends the one initial response to an interaction: inline in the HTTP response for HTTP interactions,
/// through the callback route for gateway ones.
/// </summary>
internal interface IInteractionResponder
{
    Task RespondAsync(byte[] responseJson, CancellationToken cancellationToken);
}
