using System.Text.Json.Serialization;

namespace DigestBot.Discord.Json;

/// <summary>
/// An incoming interaction (HTTP body or gateway INTERACTION_CREATE); only the fields DigestBot reads.
/// It and the types it holds have plain setters because that is what lets System.Text.Json read them on
/// its fast path (init-only and required members go through a slower argument cache on every request);
/// <see cref="IsWellFormed"/> is the check <c>required</c> would have made.
/// </summary>
internal sealed record Interaction
{
    public string Id { get; set; } = "";

    public string? ApplicationId { get; set; }

    public int Type { get; set; }

    public InteractionData? Data { get; set; }

    public string? GuildId { get; set; }

    public string? ChannelId { get; set; }

    public InteractionChannel? Channel { get; set; }

    public GuildMember? Member { get; set; }

    public DiscordUser? User { get; set; }

    public string Token { get; set; } = "";

    /// <summary>The bot's own permissions in the channel, as a decimal bit set.</summary>
    public string? AppPermissions { get; set; }

    /// <summary>Discord always sends an id and a type; a body without them is not an interaction.</summary>
    [JsonIgnore]
    public bool IsWellFormed => Id.Length > 0 && Type > 0;
}
