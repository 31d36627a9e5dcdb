namespace DigestBot.Discord.Json;

internal sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public int? Type { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
}
