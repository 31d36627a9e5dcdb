namespace DigestBot.Discord.Json;

/// <summary>An incoming interaction (HTTP body or gateway INTERACTION_CREATE); only the fields DigestBot reads.</summary>
internal sealed record Interaction
{
    public required string Id { get; init; }

    public string? ApplicationId { get; init; }

    public required int Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public InteractionChannel? Channel { get; init; }

    public GuildMember? Member { get; init; }

    public DiscordUser? User { get; init; }

    public string Token { get; init; } = "";

    /// <summary>The bot's own permissions in the channel, as a decimal bit set.</summary>
    public string? AppPermissions { get; init; }
}
