using System.ComponentModel.DataAnnotations;

namespace DigestBot.Slack.Configuration;

/// <summary>The <c>Slack</c> configuration section. Disabled unless <see cref="Enabled"/> is set.</summary>
public sealed class SlackOptions : IValidatableObject
{
    public const string SectionName = "Slack";

    public bool Enabled { get; set; }

    public SlackMode Mode { get; set; } = SlackMode.SocketMode;

    /// <summary>Bot token (xoxb-…) for the Web API: posting, pinning, looking up admins.</summary>
    [RegularExpression(@"^xoxb-\S+$", ErrorMessage = "Slack:BotToken must be a bot token starting with xoxb-.")]
    public string? BotToken { get; set; }

    /// <summary>App-level token (xapp-…) with connections:write; Socket Mode only.</summary>
    [RegularExpression(@"^xapp-\S+$", ErrorMessage = "Slack:AppToken must be an app-level token starting with xapp-.")]
    public string? AppToken { get; set; }

    /// <summary>Signing secret from Basic Information; HTTP mode only.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Slack user ids (U…/W…) allowed to run moderator commands, besides workspace admins and owners.</summary>
    public IList<string> ModeratorUserIds { get; } = [];

    /// <summary>Workspace admins and owners count as moderators (looked up with users.info, cached).</summary>
    public bool AdminsAreModerators { get; set; } = true;

    /// <summary>Web API base; tests point it at a fake Slack on 127.0.0.1.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>A command still running after this long is acknowledged and answered via response_url (Slack allows 3 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.900")]
    public TimeSpan AnswerDeadline { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Gap between two messages to one channel; Slack allows about one per second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ChannelPostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a rate-limited or failing Web API call is tried before giving up.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Largest slash command body accepted over HTTP; Slack's are a few hundred bytes.</summary>
    [Range(1024, 1_048_576)]
    public int MaxRequestBytes { get; set; } = 65_536;

    /// <summary>How long a new Socket Mode connection may take to say hello.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>WebSocket ping interval; a pong missing for as long again means the socket is dead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First reconnect delay; doubles per consecutive failure up to <see cref="MaxReconnectDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(BotToken))
        {
            yield return Missing(nameof(BotToken), "the bot token (xoxb-…) from OAuth & Permissions");
        }

        if (Mode == SlackMode.SocketMode && string.IsNullOrWhiteSpace(AppToken))
        {
            yield return Missing(nameof(AppToken), "an app-level token (xapp-…) with connections:write, needed for Socket Mode");
        }

        if (Mode == SlackMode.Http && string.IsNullOrWhiteSpace(SigningSecret))
        {
            yield return Missing(nameof(SigningSecret), "the signing secret from Basic Information, needed for Mode=Http");
        }

        if (MaxReconnectDelay < ReconnectDelay)
        {
            yield return new ValidationResult(
                "Slack:MaxReconnectDelay must not be shorter than Slack:ReconnectDelay.",
                [nameof(MaxReconnectDelay)]);
        }
    }

    private static ValidationResult Missing(string key, string what) =>
        new($"Slack:{key} is required when Slack:Enabled is true: set it to {what}.", [key]);
}
