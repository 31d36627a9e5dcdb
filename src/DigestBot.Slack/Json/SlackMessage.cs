namespace DigestBot.Slack.Json;

/// <summary>
/// One Slack message: the body of chat.postMessage, of a slash command's 200 response, of a response_url
/// post or of a Socket Mode ack payload. <see cref="Text"/> is the escaped plain fallback for notifications.
/// </summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks)
{
    public const string InChannel = "in_channel";
    public const string EphemeralResponse = "ephemeral";

    /// <summary>Slash command answers only: <c>in_channel</c> or <c>ephemeral</c>.</summary>
    public string? ResponseType { get; init; }

    /// <summary>chat.postMessage only.</summary>
    public string? Channel { get; init; }

    /// <summary>response_url only: false so a late answer adds a message instead of replacing one.</summary>
    public bool? ReplaceOriginal { get; init; }

    /// <summary>Article links stay links, without previews crowding the digest.</summary>
    public bool? UnfurlLinks { get; init; }

    public bool? UnfurlMedia { get; init; }
}
