namespace DigestBot.Discord.Json;

/// <summary>A message body for create, edit, follow-up and interaction responses.</summary>
internal sealed record DiscordMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Always present and empty: nothing DigestBot posts may ping anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }
}
