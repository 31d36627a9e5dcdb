namespace DigestBot.Slack.Configuration;

/// <summary>How Slack delivers slash commands to DigestBot.</summary>
public enum SlackMode
{
    /// <summary>DigestBot dials out over a WebSocket (app-level token); no public URL needed.</summary>
    SocketMode,

    /// <summary>Slack POSTs to <c>/slack/commands</c>; requests are verified with the signing secret.</summary>
    Http,
}
