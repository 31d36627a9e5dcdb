namespace DigestBot.Core.Commands;

/// <summary>
/// A typed command option with its limits. Adapters register these (Discord) or parse text against them
/// (Slack, console); <see cref="CommandBinder"/> enforces them the same way for everyone.
/// </summary>
public sealed record OptionDefinition(string Name, string Description, OptionType Type)
{
    public bool Required { get; init; }

    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }

    public int? DefaultValue { get; init; }

    public int MinLength { get; init; }

    public int MaxLength { get; init; } = 100;

    /// <summary>Values are suggested as the user types (Discord autocomplete).</summary>
    public bool Autocomplete { get; init; }

    /// <summary>When set, the only values accepted.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public string Usage => Type == OptionType.Integer
        ? $"{Name}:{MinValue}-{MaxValue}"
        : Choices.Count > 0 ? $"{Name}:{string.Join('|', Choices)}" : $"{Name}:text";
}
