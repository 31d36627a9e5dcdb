namespace DigestBot.Discord.Json;

internal sealed record GuildMember
{
    public DiscordUser? User { get; set; }

    public string? Nick { get; set; }

    public IReadOnlyList<string>? Roles { get; set; }

    /// <summary>The member's permissions in the channel (overwrites applied), as a decimal bit set.</summary>
    public string? Permissions { get; set; }
}
