namespace DigestBot.Slack.Json;

/// <summary>A Block Kit text object: <c>plain_text</c> or <c>mrkdwn</c>; the text is already escaped.</summary>
internal sealed record SlackText(string Type, string Text)
{
    public const string Plain = "plain_text";
    public const string Markdown = "mrkdwn";

    /// <summary>Only for plain_text: keep <c>:name:</c> as typed rather than turning it into emoji.</summary>
    public bool? Emoji { get; init; }

    /// <summary>Only for mrkdwn: no auto-linking of URLs, channel names or mentions in article text.</summary>
    public bool? Verbatim { get; init; }

    public static SlackText PlainText(string escaped) => new(Plain, escaped) { Emoji = false };

    public static SlackText Mrkdwn(string escaped) => new(Markdown, escaped) { Verbatim = true };
}
