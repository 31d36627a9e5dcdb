namespace DigestBot.Discord.Gateway;

/// <summary>What a gateway close code means for reconnecting.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Our own close code when we reconnect on purpose: anything but 1000/1001 keeps the session resumable.</summary>
    public const int Reconnecting = 4000;

    /// <summary>Codes after which reconnecting cannot help; null when <paramref name="code"/> is not one of them.</summary>
    public static string? Fatal(int code) => code switch
    {
        4004 => "authentication failed: Discord:Token is wrong or was reset; copy a new one from the Developer Portal's Bot page",
        4010 => "invalid shard sent when identifying",
        4011 => "sharding required: the bot is in too many guilds for one connection",
        4012 => "invalid gateway API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent was requested that the application does not have",
        _ => null,
    };

    /// <summary>Codes after which the session is gone and the next connection must IDENTIFY afresh.</summary>
    public static bool EndsSession(int code) => code is 1000 or 1001 or 4007 or 4009;
}
