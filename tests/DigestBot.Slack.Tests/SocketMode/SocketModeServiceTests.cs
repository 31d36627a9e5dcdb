using System.Text.Json;
using System.Threading.Channels;
using DigestBot.Slack.SocketMode;
using DigestBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Slack.Tests.SocketMode;

public sealed class SocketModeServiceTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly Channel<(int Socket, string Frame)> _frames = Channel.CreateUnbounded<(int, string)>();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync(_clock);

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private string SlashEnvelope(string id, string command = "/quotes", string text = "speaker:Putin", bool acceptsPayload = true) =>
        JsonSerializer.Serialize(new
        {
            envelope_id = id,
            type = "slash_commands",
            accepts_response_payload = acceptsPayload,
            payload = new
            {
                token = "verification-token",
                team_id = "T111",
                channel_id = "C111",
                user_id = "U111",
                user_name = "testxyz",
                command,
                text,
                api_app_id = "A111",
                response_url = _slack.ResponseUrl.AbsoluteUri,
                trigger_id = "111.222.xxx",
            },
        });

    /// <summary>Reads every frame the client sends on this socket into <see cref="_frames"/> until it closes.</summary>
    private async Task RecordAsync(FakeSocket socket)
    {
        while (await socket.ReceiveAsync() is { } frame)
        {
            _frames.Writer.TryWrite((socket.Number, frame));
        }
    }

    private Task<SlackApp> StartAsync(Action<Dictionary<string, string?>>? settings = null)
    {
        var all = SlackApp.SocketSettings(_slack);
        settings?.Invoke(all);
        return SlackApp.StartAsync(all, _clock);
    }

    [Fact]
    public async Task SlashCommandEnvelope_AfterHello_AckedByIdWithReplyAsPayload()
    {
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            await socket.SendAsync(SlashEnvelope("1d3c79ab-0ffb-41f3-a080-d19e85f53649"));
            await RecordAsync(socket);
        };
        await using var app = await StartAsync();

        var (_, frame) = await _frames.Reader.ReadWithin();

        using var ack = JsonDocument.Parse(frame);
        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", ack.RootElement.GetProperty("envelope_id").GetString());
        var payload = ack.RootElement.GetProperty("payload");
        Assert.Equal("in_channel", payload.GetProperty("response_type").GetString());
        Assert.Contains("Putin", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("header", payload.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.Equal("Bearer xapp-test-token", (await _slack.NextCallAsync("apps.connections.open")).Authorization);
    }

    [Fact]
    public async Task DuplicateEnvelope_AckedTwiceButRunOnce()
    {
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            await socket.SendAsync(SlashEnvelope("dup-1"));
            await socket.SendAsync(SlashEnvelope("dup-1"));
            await RecordAsync(socket);
        };
        await using var app = await StartAsync();

        var acks = new[] { await _frames.Reader.ReadWithin(), await _frames.Reader.ReadWithin() }
            .Select(a => JsonDocument.Parse(a.Frame).RootElement)
            .ToList();

        Assert.All(acks, a => Assert.Equal("dup-1", a.GetProperty("envelope_id").GetString()));
        Assert.Single(acks, a => a.TryGetProperty("payload", out _));
    }

    [Fact]
    public async Task EventsApiEnvelope_AckedWithoutPayload()
    {
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            await socket.SendAsync("""{"envelope_id":"ev-1","type":"events_api","accepts_response_payload":false,"retry_attempt":0,"payload":{"event":{"type":"app_mention"}}}""");
            await RecordAsync(socket);
        };
        await using var app = await StartAsync();

        Assert.Equal("""{"envelope_id":"ev-1"}""", (await _frames.Reader.ReadWithin()).Frame);
    }

    [Fact]
    public async Task SlashCommand_WithoutResponsePayload_AckedEmptyThenAnsweredViaResponseUrl()
    {
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            await socket.SendAsync(SlashEnvelope("np-1", acceptsPayload: false));
            await RecordAsync(socket);
        };
        await using var app = await StartAsync();

        Assert.Equal("""{"envelope_id":"np-1"}""", (await _frames.Reader.ReadWithin()).Frame);
        var answer = await _slack.NextCallAsync("response_url");
        Assert.Contains("\"response_type\":\"in_channel\"", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DisconnectReasons.Warning)]
    [InlineData(DisconnectReasons.RefreshRequested)]
    public async Task Disconnect_WarningOrRefresh_OpensReplacementBeforeClosingOld(string reason)
    {
        var oldClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            if (socket.Number == 1)
            {
                await socket.DisconnectAsync(reason);
                await RecordAsync(socket);
                oldClosed.SetResult();
            }
            else
            {
                await oldClosed.Task;
                await socket.SendAsync(SlashEnvelope("after-" + reason));
                await RecordAsync(socket);
            }
        };
        await using var app = await StartAsync();

        var (number, frame) = await _frames.Reader.ReadWithin();

        Assert.Equal(2, number);
        Assert.Contains("after-" + reason, frame, StringComparison.Ordinal);
        var timeline = _slack.Timeline.ToList();
        Assert.True(timeline.IndexOf("open 2") < timeline.IndexOf("closed 1"), string.Join(", ", timeline));
    }

    [Fact]
    public async Task Disconnect_TooManyWebsockets_ClosesOldBeforeOpeningNew()
    {
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            if (socket.Number == 1)
            {
                await socket.DisconnectAsync(DisconnectReasons.TooManyWebsockets);
            }
            else
            {
                await socket.SendAsync(SlashEnvelope("after-too-many"));
            }

            await RecordAsync(socket);
        };
        await using var app = await StartAsync();

        var (number, _) = await _frames.Reader.ReadWithin();

        Assert.Equal(2, number);
        var timeline = _slack.Timeline.ToList();
        Assert.True(timeline.IndexOf("closed 1") < timeline.IndexOf("open 2"), string.Join(", ", timeline));
    }

    [Fact]
    public async Task DroppedSocket_ReconnectsWithFreshUrlAndKeepsServing()
    {
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            if (socket.Number == 1)
            {
                socket.Drop();
                return;
            }

            await socket.SendAsync(SlashEnvelope("after-drop"));
            await RecordAsync(socket);
        };
        await using var app = await StartAsync();

        var (number, frame) = await _frames.Reader.ReadWithin();

        Assert.Equal(2, number);
        Assert.Contains("after-drop", frame, StringComparison.Ordinal);
        await _slack.NextCallAsync("apps.connections.open");
        await _slack.NextCallAsync("apps.connections.open");
    }

    [Fact]
    public async Task SilentPeer_NoPongs_DetectedAndReplaced()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            if (socket.Number == 1)
            {
                // Never read again: pings go unanswered, as with a half-dead connection.
                await release.Task;
                return;
            }

            await socket.SendAsync(SlashEnvelope("after-silence"));
            await RecordAsync(socket);
        };
        await using var app = await StartAsync(s => s["Slack:PingInterval"] = "00:00:00.200");

        var (number, _) = await _frames.Reader.ReadWithin();
        release.SetResult();

        Assert.Equal(2, number);
    }

    [Fact]
    public async Task ConnectionsOpen_InvalidAuth_StopsTheHost()
    {
        _slack.Script("apps.connections.open", ScriptedAnswer.Error("invalid_auth"));
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var app = SlackApp.Build(SlackApp.SocketSettings(_slack), _clock);
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(stopping.SetResult);

        try
        {
            await app.App.StartAsync();
        }
        catch (OperationCanceledException)
        {
            // Slack answered so fast that the host was told to stop while still starting: the same outcome.
        }

        await stopping.Task.Within();
    }

    [Fact]
    public async Task ConnectionsOpen_TransientError_RetriedUntilConnected()
    {
        _slack.Script("apps.connections.open", ScriptedAnswer.Error("internal_error"), new ScriptedAnswer(200, """{"ok":true,"url":"not a url"}"""));
        _slack.OnSocket = async socket =>
        {
            await socket.HelloAsync();
            await socket.SendAsync(SlashEnvelope("eventually"));
            await RecordAsync(socket);
        };
        await using var app = await StartAsync();

        Assert.Contains("eventually", (await _frames.Reader.ReadWithin()).Frame, StringComparison.Ordinal);
    }
}
