using System.Text.Json;

namespace DigestBot.Discord.Json;

/// <summary>An option value as sent: a string, an integer or a nested subcommand's options.</summary>
internal sealed record InteractionDataOption
{
    public required string Name { get; init; }

    public int Type { get; init; }

    public JsonElement? Value { get; init; }

    public bool? Focused { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
}
