using System.Text.Json;

namespace DigestBot.Slack.Json;

/// <summary>
/// Any frame Slack sends over Socket Mode: <c>hello</c>, <c>disconnect</c> (with a reason) or an envelope
/// (<c>slash_commands</c>, <c>events_api</c>, <c>interactive</c>) with an id to acknowledge.
/// </summary>
internal sealed record SocketFrame(string? Type)
{
    public string? EnvelopeId { get; init; }

    public string? Reason { get; init; }

    public bool AcceptsResponsePayload { get; init; }

    public int NumConnections { get; init; }

    public JsonElement Payload { get; init; }
}
