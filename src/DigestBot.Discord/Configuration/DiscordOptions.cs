using System.ComponentModel.DataAnnotations;

namespace DigestBot.Discord.Configuration;

/// <summary>The <c>Discord</c> configuration section. Disabled by default; when enabled the credentials are required.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";

    public bool Enabled { get; set; }

    /// <summary>The bot token (Developer Portal, Bot page). A secret: never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The application id (a snowflake) from the Developer Portal's General Information page.</summary>
    [Range(1UL, ulong.MaxValue)]
    public ulong? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex digits; verifies HTTP interactions.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be 64 hex digits (the application's public key).")]
    public string? PublicKey { get; set; }

    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    /// <summary>Guilds to register commands in (instant updates); empty registers them globally.</summary>
    public IList<ulong> GuildIds { get; init; } = [];

    public bool RegisterCommandsOnStart { get; set; } = true;

    /// <summary>Members with any of these roles count as moderators, besides those with moderation permissions.</summary>
    public IList<ulong> ModeratorRoleIds { get; init; } = [];

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>When unset, the URL comes from <c>GET /gateway/bot</c> as Discord recommends.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>How long an HTTP interaction may take before it is deferred; Discord allows 3 s in all.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.500")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Pause all REST calls once this many invalid responses (401, 403, 429) arrive within ten minutes, well
    /// before Discord's 10,000 limit bans the IP.
    /// </summary>
    [Range(10, 9_999)]
    public int InvalidRequestBudget { get; set; } = 8_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Token))
        {
            yield return Missing(nameof(Token), "the bot token from the Developer Portal's Bot page");
        }

        if (ApplicationId is null)
        {
            yield return Missing(nameof(ApplicationId), "the application id from the Developer Portal's General Information page");
        }

        // Required in both modes: it is always on the portal, and switching to Http must not need a new secret.
        if (string.IsNullOrWhiteSpace(PublicKey))
        {
            yield return Missing(nameof(PublicKey), "the application's public key from the Developer Portal's General Information page");
        }
    }

    private static ValidationResult Missing(string key, string what) =>
        new($"{SectionName}:{key} is required when {SectionName}:Enabled is true: set it to {what}.", [key]);
}
