namespace DigestBot.Slack.Json;

/// <summary>Acknowledges an envelope; for slash commands the payload is the reply itself.</summary>
internal sealed record SocketAck(string EnvelopeId)
{
    public SlackMessage? Payload { get; init; }
}
