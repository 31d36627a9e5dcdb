using DigestBot.Slack.Json;
using DigestBot.Slack.Tests.Support;
using DigestBot.Slack.WebApi;

namespace DigestBot.Slack.Tests.WebApi;

public sealed class SlackApiClientTests : IAsyncLifetime
{
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

    private static SlackMessage Message => new("hello", [SlackBlock.Section("hello")]) { Channel = "C111" };

    [Fact]
    public async Task PostMessage_Ok_SendsJsonWithBotTokenAndReturnsTs()
    {
        var response = await _clients.Api.PostMessageAsync(Message, CancellationToken.None);

        var call = await _slack.NextCallAsync("chat.postMessage");
        Assert.Equal("Bearer xoxb-test-token", call.Authorization);
        Assert.Contains("\"channel\":\"C111\"", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"blocks\":[{\"type\":\"section\"", call.Body, StringComparison.Ordinal);
        Assert.StartsWith("1700000000.", response.Ts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _slack.Script("chat.postMessage", ScriptedAnswer.RateLimited(7));

        var posting = _clients.Api.PostMessageAsync(Message, CancellationToken.None);
        await _clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(7));
        var response = await posting.Within();

        var first = await _slack.NextCallAsync("chat.postMessage");
        var second = await _slack.NextCallAsync("chat.postMessage");
        Assert.Equal(TimeSpan.FromSeconds(7), second.At - first.At);
        Assert.NotNull(response.Ts);
    }

    [Fact]
    public async Task PostMessage_RateLimitedEveryTime_GivesUpAfterMaxAttemptsAsTransient()
    {
        _slack.Script("chat.postMessage", [.. Enumerable.Repeat(ScriptedAnswer.RateLimited(1), 6)]);

        var posting = _clients.Api.PostMessageAsync(Message, CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await _clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => posting.Within());
        Assert.Equal(SlackErrors.RateLimited, error.Error);
        Assert.False(error.IsPermanent);
    }

    [Fact]
    public async Task PostMessage_ServerError_RetriesWithBackoff()
    {
        _slack.Script("chat.postMessage", new ScriptedAnswer(503, "{}"));

        var posting = _clients.Api.PostMessageAsync(Message, CancellationToken.None);
        await _clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1));

        Assert.NotNull((await posting.Within()).Ts);
    }

    [Theory]
    [InlineData("not_in_channel", "Invite it with /invite @DigestBot")]
    [InlineData("channel_not_found", "cannot see it")]
    [InlineData("is_archived", "archived")]
    [InlineData("invalid_blocks", "DigestBot bug")]
    [InlineData("something_new", "(something_new)")]
    public async Task PostMessage_OkFalse_ThrowsPermanentWithPlainMessage(string error, string expected)
    {
        _slack.Script("chat.postMessage", ScriptedAnswer.Error(error));

        var thrown = await Assert.ThrowsAsync<SlackApiException>(() => _clients.Api.PostMessageAsync(Message, CancellationToken.None));

        Assert.Equal(error, thrown.Error);
        Assert.True(thrown.IsPermanent);
        Assert.Contains(expected, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_MissingScope_NamesTheScopeSlackWants()
    {
        _slack.Script("chat.postMessage", ScriptedAnswer.Error("missing_scope", ""","needed":"chat:write","provided":"commands" """));

        var thrown = await Assert.ThrowsAsync<SlackApiException>(() => _clients.Api.PostMessageAsync(Message, CancellationToken.None));

        Assert.Equal("The Slack app lacks the chat:write permission scope. Add it under OAuth & Permissions and reinstall the app.", thrown.Message);
    }

    [Fact]
    public async Task PostMessage_InvalidAuth_IsAuthFailureNamingTheKey()
    {
        _slack.Script("chat.postMessage", ScriptedAnswer.Error("invalid_auth"));

        var thrown = await Assert.ThrowsAsync<SlackApiException>(() => _clients.Api.PostMessageAsync(Message, CancellationToken.None));

        Assert.True(thrown.IsAuthFailure);
        Assert.Contains("Slack:BotToken", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-test-token", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenConnection_UsesAppTokenAndReturnsSocketUrl()
    {
        var url = await _clients.Api.OpenConnectionAsync(CancellationToken.None);

        var call = await _slack.NextCallAsync("apps.connections.open");
        Assert.Equal("Bearer xapp-test-token", call.Authorization);
        Assert.Equal("ws", url.Scheme);
    }

    [Fact]
    public async Task GetUser_SendsFormAndReadsAdminFlags()
    {
        _slack.Script("users.info", new ScriptedAnswer(200, """{"ok":true,"user":{"id":"U1","is_admin":false,"is_owner":true}}"""));

        var user = await _clients.Api.GetUserAsync("U1", CancellationToken.None);

        Assert.Equal("user=U1", (await _slack.NextCallAsync("users.info")).Body);
        Assert.True(user!.IsOwner);
    }
}
