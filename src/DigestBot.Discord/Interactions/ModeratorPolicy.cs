using System.Globalization;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Json;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Interactions;

/// <summary>
/// A member is a moderator when their channel permissions include ADMINISTRATOR, MANAGE_MESSAGES or
/// PIN_MESSAGES, or they have one of the configured moderator roles. Outside a guild nobody is.
/// </summary>
internal sealed class ModeratorPolicy(IOptions<DiscordOptions> options)
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageMessages = 1UL << 13;

    /// <summary>Split from MANAGE_MESSAGES in 2025; since 2026-02-23 the only permission that allows pinning.</summary>
    public const ulong PinMessages = 1UL << 51;

    private const ulong ModeratorBits = Administrator | ManageMessages | PinMessages;

    public bool IsModerator(GuildMember? member)
    {
        if (member is null)
        {
            return false;
        }

        if (ulong.TryParse(member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && (permissions & ModeratorBits) != 0)
        {
            return true;
        }

        var moderatorRoles = options.Value.ModeratorRoleIds;
        return moderatorRoles.Count > 0
            && member.Roles is { } roles
            && roles.Any(r => ulong.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && moderatorRoles.Contains(id));
    }
}
