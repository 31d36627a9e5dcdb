namespace DigestBot.Discord.Json;

internal sealed record InteractionData
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public int? Type { get; set; }

    public IReadOnlyList<InteractionDataOption>? Options { get; set; }
}
