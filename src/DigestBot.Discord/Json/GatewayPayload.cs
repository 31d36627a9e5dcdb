using System.Text.Json;

namespace DigestBot.Discord.Json;

/// <summary>An incoming gateway frame: opcode, data, sequence and event name.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }

    public JsonElement D { get; init; }

    public long? S { get; init; }

    public string? T { get; init; }
}
