using System.Text.Json.Serialization;

namespace DigestBot.Slack.Json;

/// <summary>Source-generated (de)serialization for every Slack payload: snake_case, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(PinRequest))]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(SocketFrame))]
[JsonSerializable(typeof(SocketAck))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
