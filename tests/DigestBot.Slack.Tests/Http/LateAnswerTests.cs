using System.Net;
using System.Text.Json;
using DigestBot.Core.Commands;
using DigestBot.Core.Replies;
using DigestBot.Slack.Commands;
using DigestBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Slack.Tests.Http;

public sealed class LateAnswerTests
{
    [Fact]
    public async Task Post_CommandSlowerThanDeadline_AcksThenAnswersViaResponseUrl()
    {
        var clock = new TestClock();
        await using var slack = await FakeSlack.StartAsync(clock);
        var finish = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new Mock<ICommandExecutor>();
        executor.Setup(e => e.ExecuteAsync(It.IsAny<BindResult>(), It.IsAny<CommandContext>(), It.IsAny<CancellationToken>()))
            .Returns(finish.Task);
        await using var app = await SlackApp.StartAsync(
            SlackApp.HttpSettings(slack),
            clock,
            services => services.AddSingleton(executor.Object));
        using var http = new HttpClient();

        var pending = http.SendAsync(SignedForm.Request(app.BaseAddress, SignedForm.Body("/quotes", "speaker:Putin", slack.ResponseUrl.AbsoluteUri), clock.UnixSeconds));
        await clock.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(2500));
        using var ack = await pending.Within();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        using (var json = JsonDocument.Parse(await ack.Content.ReadAsStringAsync()))
        {
            Assert.Equal("ephemeral", json.RootElement.GetProperty("response_type").GetString());
            Assert.Contains("/quotes", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        finish.SetResult(new Reply("Quotes by Vladimir Putin", [new ReplySection(null, "Late but complete.", [], [])]));
        var late = await slack.NextCallAsync("response_url");

        using var body = JsonDocument.Parse(late.Body);
        Assert.Equal("in_channel", body.RootElement.GetProperty("response_type").GetString());
        Assert.False(body.RootElement.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Late but complete.", late.Body, StringComparison.Ordinal);
    }
}
