namespace DigestBot.Slack.Json;

/// <summary>pins.add arguments: the channel and the message's ts.</summary>
internal sealed record PinRequest(string Channel, string Timestamp);
