namespace DigestBot.Discord.Json;

internal sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    public string? Nick { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>The member's permissions in the channel (overwrites applied), as a decimal bit set.</summary>
    public string? Permissions { get; init; }
}
