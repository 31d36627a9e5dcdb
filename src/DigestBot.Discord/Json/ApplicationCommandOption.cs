namespace DigestBot.Discord.Json;

internal sealed record ApplicationCommandOption(int Type, string Name, string Description)
{
    public bool? Required { get; init; }

    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Autocomplete { get; init; }

    public IReadOnlyList<CommandChoice>? Choices { get; init; }
}
