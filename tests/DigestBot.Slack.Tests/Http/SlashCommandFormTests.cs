using System.Buffers;
using System.Text;
using DigestBot.Slack.Http;
using DigestBot.Slack.Tests.Support;

namespace DigestBot.Slack.Tests.Http;

public sealed class SlashCommandFormTests
{
    private static Json.SlashCommand? Parse(string body) => SlashCommandForm.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void Parse_SlackBody_ReadsTheFieldsDigestBotUses()
    {
        var command = Parse(SignedForm.Body("/quotes", "speaker:\"Vladimir Putin\" limit:3", "https://hooks.slack.com/commands/T1/2/x"));

        Assert.NotNull(command);
        Assert.Equal("/quotes", command.Command);
        Assert.Equal("speaker:\"Vladimir Putin\" limit:3", command.Text);
        Assert.Equal("U2CERLKJA", command.UserId);
        Assert.Equal("roadrunner", command.UserName);
        Assert.Equal("C0DIGEST", command.ChannelId);
        Assert.Equal("T1DC2JH3J", command.TeamId);
        Assert.Equal("https://hooks.slack.com/commands/T1/2/x", command.ResponseUrl);
    }

    [Theory]
    [InlineData("text=rare+earth", "rare earth")]
    [InlineData("text=%E2%80%9Cnew+territories%E2%80%9D", "“new territories”")]
    [InlineData("text=AT%26T%3D%2B1", "AT&T=+1")]
    [InlineData("text=100%25", "100%")]
    [InlineData("text=bad%zz%2", "bad%zz%2")]
    [InlineData("text=", "")]
    public void Parse_Encodings_DecodedLikeAForm(string field, string expected) =>
        Assert.Equal(expected, Parse($"command=%2Fsearch&channel_id=C1&{field}")!.Text);

    [Fact]
    public void Parse_LongText_Decoded() =>
        Assert.Equal(new string('é', 2000), Parse("command=%2Fsearch&channel_id=C1&text=" + string.Concat(Enumerable.Repeat("%C3%A9", 2000)))!.Text);

    [Theory]
    [InlineData("text=hello")]
    [InlineData("command=%2Fquotes")]
    [InlineData("channel_id=C1")]
    [InlineData("")]
    [InlineData("&&=&command")]
    public void Parse_WithoutCommandOrChannel_Null(string body) => Assert.Null(Parse(body));
}
