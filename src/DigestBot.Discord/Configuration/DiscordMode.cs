namespace DigestBot.Discord.Configuration;

/// <summary>How Discord delivers interactions: one or the other, set in the Developer Portal, never both.</summary>
public enum DiscordMode
{
    /// <summary>A WebSocket to Discord's gateway; no public URL needed.</summary>
    Gateway,

    /// <summary>Discord POSTs signed interactions to <c>/discord/interactions</c>; needs a public HTTPS URL.</summary>
    Http,
}
