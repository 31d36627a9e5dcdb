using DigestBot.Core.Commands;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Slack.Rendering;
using DigestBot.Slack.Tests.Support;

namespace DigestBot.Slack.Tests.Publishing;

public sealed class SlackChannelPublisherTests : IAsyncLifetime
{
    private static readonly ChannelRef News = new("slack", "C0NEWS");
    private readonly TestClock _clock = new();
    private FakeSlack _slack = null!;
    private SlackClients _clients = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync(_clock);
        _clients = new SlackClients(_slack, _clock);
    }

    public async Task DisposeAsync()
    {
        _clients.Dispose();
        await _slack.DisposeAsync();
    }

    private static Reply Digest(int items = 3) => new(
        "Morning digest",
        [new ReplySection("Top stories", null, [.. Enumerable.Range(1, items).Select(i => new ReplyItem(ReplyItemKind.Story, $"Story {i} {new string('s', 200)}", "Summary", null))], [])]);

    [Fact]
    public async Task Publish_ShortDigest_PostsOnceWithoutUnfurlsAndReturnsTs()
    {
        var published = await _clients.Publisher.PublishAsync(News, Digest(), CancellationToken.None);

        var call = await _slack.NextCallAsync("chat.postMessage");
        Assert.Contains("\"channel\":\"C0NEWS\"", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"unfurl_links\":false", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Morning digest", call.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("response_type", call.Body, StringComparison.Ordinal);
        Assert.Single(published.MessageIds);
        Assert.Equal("slack", _clients.Publisher.Platform);
    }

    [Fact]
    public async Task Publish_LongDigestToOneChannel_PostsEveryPartAboutOneSecondApartInOrder()
    {
        var reply = Digest(items: 150);
        var parts = BlockKitRenderer.Render(reply).Count;
        var publishing = _clients.Publisher.PublishAsync(News, reply, CancellationToken.None);
        var calls = new List<ReceivedCall> { await _slack.NextCallAsync("chat.postMessage") };
        for (var i = 1; i < parts; i++)
        {
            await _clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1));
            calls.Add(await _slack.NextCallAsync("chat.postMessage"));
        }

        var published = await publishing.Within();

        Assert.Equal(parts, published.MessageIds.Count);
        Assert.All(calls.Zip(calls.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Second.At - pair.First.At));
        Assert.Contains("(continued)", calls[1].Body, StringComparison.Ordinal);
        Assert.True(parts > 2);
        Assert.Equal(published.MessageIds.Order(StringComparer.Ordinal), published.MessageIds);
    }

    [Fact]
    public async Task Publish_TwoChannels_DoNotWaitForEachOther()
    {
        await _clients.Publisher.PublishAsync(News, Digest(), CancellationToken.None);
        await _clients.Publisher.PublishAsync(new ChannelRef("slack", "C0OTHER"), Digest(), CancellationToken.None);

        var first = await _slack.NextCallAsync("chat.postMessage");
        var second = await _slack.NextCallAsync("chat.postMessage");
        Assert.Equal(first.At, second.At);
    }

    [Fact]
    public async Task Publish_SecondPostToSameChannel_QueuedNotDropped()
    {
        await _clients.Publisher.PublishAsync(News, Digest(), CancellationToken.None);
        var queued = _clients.Publisher.PublishAsync(News, Digest(), CancellationToken.None);
        await _clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1));

        Assert.Single((await queued.Within()).MessageIds);
        var first = await _slack.NextCallAsync("chat.postMessage");
        var second = await _slack.NextCallAsync("chat.postMessage");
        Assert.Equal(TimeSpan.FromSeconds(1), second.At - first.At);
    }

    [Fact]
    public async Task Publish_Rate429_HonoursRetryAfterAndStillPosts()
    {
        _slack.Script("chat.postMessage", ScriptedAnswer.RateLimited(30));

        var publishing = _clients.Publisher.PublishAsync(News, Digest(), CancellationToken.None);
        await _clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(30));

        Assert.Single((await publishing.Within()).MessageIds);
    }

    [Theory]
    [InlineData("not_in_channel", "DigestBot is not a member of this channel. Invite it with /invite @DigestBot, then try again.")]
    [InlineData("missing_scope", "The Slack app lacks the chat:write permission scope. Add it under OAuth & Permissions and reinstall the app.")]
    [InlineData("invalid_auth", "Slack rejected DigestBot's token (invalid_auth). Check Slack:BotToken and restart DigestBot.")]
    public async Task Publish_Refused_ThrowsPermanentPublishExceptionInPlainWords(string error, string message)
    {
        _slack.Script("chat.postMessage", ScriptedAnswer.Error(error, error == "missing_scope" ? ""","needed":"chat:write" """ : ""));

        var thrown = await Assert.ThrowsAsync<PublishException>(() => _clients.Publisher.PublishAsync(News, Digest(), CancellationToken.None));

        Assert.Equal(message, thrown.Message);
        Assert.True(thrown.Permanent);
    }

    [Fact]
    public async Task Pin_Ok_CallsPinsAddWithChannelAndTs()
    {
        await _clients.Publisher.PinAsync(News, "1700000000.000001", CancellationToken.None);

        var call = await _slack.NextCallAsync("pins.add");
        Assert.Equal("""{"channel":"C0NEWS","timestamp":"1700000000.000001"}""", call.Body);
    }

    [Fact]
    public async Task Pin_AlreadyPinned_Succeeds()
    {
        _slack.Script("pins.add", ScriptedAnswer.Error("already_pinned"));

        await _clients.Publisher.PinAsync(News, "1700000000.000001", CancellationToken.None);
    }

    [Theory]
    [InlineData("not_in_channel", "Invite it")]
    [InlineData("missing_scope", "pins:write")]
    [InlineData("message_not_found", "no longer exists")]
    public async Task Pin_Refused_ThrowsPlainPublishException(string error, string expected)
    {
        _slack.Script("pins.add", ScriptedAnswer.Error(error, error == "missing_scope" ? ""","needed":"pins:write" """ : ""));

        var thrown = await Assert.ThrowsAsync<PublishException>(() => _clients.Publisher.PinAsync(News, "1.2", CancellationToken.None));

        Assert.Contains(expected, thrown.Message, StringComparison.Ordinal);
    }
}
