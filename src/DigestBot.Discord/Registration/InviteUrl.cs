using System.Globalization;

namespace DigestBot.Discord.Registration;

/// <summary>The one-click invite: scopes <c>bot applications.commands</c> and exactly the permissions the bot uses.</summary>
internal static class InviteUrl
{
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong PinMessages = 1UL << 51;

    public const ulong Permissions = ViewChannel | SendMessages | EmbedLinks | PinMessages;

    public static Uri For(ulong applicationId) => new(
        "https://discord.com/oauth2/authorize?client_id=" + applicationId.ToString(CultureInfo.InvariantCulture)
        + "&scope=bot%20applications.commands&permissions=" + Permissions.ToString(CultureInfo.InvariantCulture));
}
