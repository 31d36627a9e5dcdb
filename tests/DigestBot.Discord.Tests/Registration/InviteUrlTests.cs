using DigestBot.Discord.Registration;

namespace DigestBot.Discord.Tests.Registration;

public sealed class InviteUrlTests
{
    [Fact]
    public void For_ApplicationId_RequestsExactlyTheFourPermissionsAndBothScopes()
    {
        var url = InviteUrl.For(658822586720976907).AbsoluteUri;

        // view channel 1<<10 + send messages 1<<11 + embed links 1<<14 + pin messages 1<<51
        var expected = (1UL << 10) + (1UL << 11) + (1UL << 14) + (1UL << 51);
        Assert.Equal($"https://discord.com/oauth2/authorize?client_id=658822586720976907&scope=bot%20applications.commands&permissions={expected}", url);
    }
}
