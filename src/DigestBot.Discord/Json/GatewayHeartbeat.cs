using System.Text.Json.Serialization;

namespace DigestBot.Discord.Json;

/// <summary>op 1; <c>d</c> is the last sequence seen and must be sent as <c>null</c> before the first one.</summary>
internal sealed record GatewayHeartbeat([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? D)
{
    public int Op => 1;
}
