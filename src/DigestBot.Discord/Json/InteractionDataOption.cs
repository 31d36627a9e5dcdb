using System.Text.Json.Serialization;

namespace DigestBot.Discord.Json;

/// <summary>An option as sent: its value (a string, a number or a boolean, read as text) or a nested subcommand's options.</summary>
internal sealed record InteractionDataOption
{
    public string Name { get; set; } = "";

    public int Type { get; set; }

    [JsonConverter(typeof(OptionValueConverter))]
    public string? Value { get; set; }

    public bool? Focused { get; set; }

    public IReadOnlyList<InteractionDataOption>? Options { get; set; }
}
