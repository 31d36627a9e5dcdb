using System.Net;
using System.Text.Json;
using DigestBot.Core.Commands;
using DigestBot.Core.Material.Store;
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

    [Fact]
    public async Task Post_CoreComputingSynchronously_StillAcksAtTheDeadline()
    {
        var clock = new TestClock();
        await using var slack = await FakeSlack.StartAsync(clock);
        using var gate = new ManualResetEventSlim();
        var snapshot = SampleMaterial.Snapshot;
        var store = new Mock<IMaterialStore>();
        store.SetupGet(s => s.Current).Returns(() =>
        {
            // The digest reads the snapshot synchronously while composing: blocking here makes it "slow".
            gate.Wait(TimeSpan.FromSeconds(30));
            return snapshot;
        });
        await using var app = await SlackApp.StartAsync(
            SlackApp.HttpSettings(slack),
            clock,
            services => services.AddSingleton(store.Object));
        using var http = new HttpClient();

        var pending = http.SendAsync(SignedForm.Request(app.BaseAddress, SignedForm.Body("/digest", "", slack.ResponseUrl.AbsoluteUri), clock.UnixSeconds));
        await clock.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(2500));
        using var ack = await pending.Within();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Contains("/digest", await ack.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        gate.Set();
        var late = await slack.NextCallAsync("response_url");
        Assert.Contains("Briefing for", late.Body, StringComparison.Ordinal);
    }
}
