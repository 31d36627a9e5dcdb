namespace DigestBot.Slack.SocketMode;

/// <summary>The <c>disconnect</c> reasons Slack sends before it closes a Socket Mode connection.</summary>
internal static class DisconnectReasons
{
    /// <summary>The connection will be closed soon (about ten seconds).</summary>
    public const string Warning = "warning";

    /// <summary>Slack recycles the connection; open a new one.</summary>
    public const string RefreshRequested = "refresh_requested";

    /// <summary>Too many connections for this app: close ours before opening another.</summary>
    public const string TooManyWebsockets = "too_many_websockets";
}
