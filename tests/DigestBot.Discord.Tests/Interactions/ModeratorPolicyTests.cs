using DigestBot.Discord.Configuration;
using DigestBot.Discord.Interactions;
using DigestBot.Discord.Json;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Tests.Interactions;

public sealed class ModeratorPolicyTests
{
    private readonly ModeratorPolicy _policy = new(Options.Create(new DiscordOptions { ModeratorRoleIds = [555] }));

    [Theory]
    [InlineData("8", true)]                  // ADMINISTRATOR
    [InlineData("8192", true)]               // MANAGE_MESSAGES
    [InlineData("2251799813685248", true)]   // PIN_MESSAGES (1 << 51)
    [InlineData("3072", false)]              // view channel + send messages
    [InlineData("0", false)]
    [InlineData("not a number", false)]
    public void IsModerator_Permissions_DecidedByModerationBits(string permissions, bool expected)
    {
        Assert.Equal(expected, _policy.IsModerator(new GuildMember { Permissions = permissions, Roles = [] }));
    }

    [Fact]
    public void IsModerator_ConfiguredRole_IsModerator()
    {
        Assert.True(_policy.IsModerator(new GuildMember { Permissions = "0", Roles = ["111", "555"] }));
        Assert.False(_policy.IsModerator(new GuildMember { Permissions = "0", Roles = ["111"] }));
    }

    [Fact]
    public void IsModerator_DirectMessage_IsNot()
    {
        Assert.False(_policy.IsModerator(null));
    }
}
