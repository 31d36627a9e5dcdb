using System.Net.WebSockets;
using System.Text.Json;
using DigestBot.Core.Material.Store;
using DigestBot.Discord.Gateway;
using DigestBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<IHostStopper> _stopper = new();
    private readonly CancellationTokenSource _stop = new();
    private FakeDiscordServer _discord = null!;
    private ServiceProvider _services = null!;
    private IAsyncDisposable _clock = null!;
    private Task _running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync(_time);
        _services = AdapterServices.Build(
            _discord.ApiBase,
            _time,
            new Dictionary<string, string?>
            {
                ["Discord:Enabled"] = "true",
                ["Discord:Mode"] = "Gateway",
                ["Discord:GatewayUrl"] = _discord.GatewayUrl.ToString(),
            },
            services => services.AddSingleton(_stopper.Object));

        // Heartbeats and backoffs run on the fake clock; keep it moving so the conversation flows.
        _clock = _time.Run(TimeSpan.FromMilliseconds(100));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(30));
        await _clock.DisposeAsync();
        await _services.DisposeAsync();
        await _discord.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithIntentsZeroAndHeartbeatsLastSequence()
    {
        var connection = await StartAndConnectAsync();

        var identify = await connection.NextFrameAsync();
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        Assert.Equal("test-bot-token", identify.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal(0, identify.GetProperty("d").GetProperty("intents").GetInt32());
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);

        await connection.ReadyAsync(_discord.ResumeUrl, sequence: 42);
        Assert.Equal(42, await HeartbeatCarryingAsync(connection, 42));
    }

    [Fact]
    public async Task RunAsync_ReconnectOp7_ResumesThroughResumeUrl()
    {
        var connection = await ReadyConnectionAsync();

        await connection.SendAsync("""{"op":7,"d":null}""");

        var closeStatus = await connection.ClientClose.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closeStatus);
        var resumed = await _discord.Gateway.NextConnectionAsync();
        Assert.True(resumed.Resumed);
        await resumed.HelloAsync();
        await AssertResumeAsync(resumed);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAgainOnOriginalUrl()
    {
        var connection = await ReadyConnectionAsync();

        await connection.SendAsync("""{"op":9,"d":false}""");

        var next = await _discord.Gateway.NextConnectionAsync();
        Assert.False(next.Resumed);
        await next.HelloAsync();
        Assert.Equal(2, (await next.NextFrameAsync()).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        var connection = await ReadyConnectionAsync();

        await connection.SendAsync("""{"op":9,"d":true}""");

        var next = await _discord.Gateway.NextConnectionAsync();
        Assert.True(next.Resumed);
        await next.HelloAsync();
        await AssertResumeAsync(next);
    }

    [Fact]
    public async Task RunAsync_DroppedSocket_ReconnectsAndResumes()
    {
        var connection = await ReadyConnectionAsync();

        connection.Drop();

        var next = await _discord.Gateway.NextConnectionAsync();
        Assert.True(next.Resumed);
        await next.HelloAsync();
        await AssertResumeAsync(next);
    }

    [Fact]
    public async Task RunAsync_NoHeartbeatAck_ClosesAsZombieAndResumes()
    {
        var connection = await ReadyConnectionAsync();
        connection.AutoAck = false;

        var closeStatus = await connection.ClientClose.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(closeStatus);
        Assert.NotEqual(WebSocketCloseStatus.NormalClosure, closeStatus);
        Assert.NotEqual(WebSocketCloseStatus.EndpointUnavailable, closeStatus);
        var next = await _discord.Gateway.NextConnectionAsync();
        Assert.True(next.Resumed);
        await next.HelloAsync();
        await AssertResumeAsync(next);
    }

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4014, "intents")]
    public async Task RunAsync_FatalCloseCode_StopsTheHostWithoutReconnecting(int code, string explained)
    {
        var connection = await StartAndConnectAsync();
        await connection.NextFrameAsync();

        await connection.CloseAsync(code, "fatal");

        await _running.WaitAsync(TimeSpan.FromSeconds(30));
        _stopper.Verify(s => s.Stop(It.Is<string>(m => m.Contains(explained, StringComparison.Ordinal))), Times.Once);
    }

    [Fact]
    public async Task RunAsync_ServerRequestsHeartbeat_SendsOneAtOnce()
    {
        var connection = await ReadyConnectionAsync();

        await connection.SendAsync("""{"op":1,"d":null}""");

        Assert.Equal(1, await HeartbeatCarryingAsync(connection, 1));
    }

    [Fact]
    public async Task GatewayService_InteractionCreate_AnsweredThroughCallbackRoute()
    {
        _services.GetRequiredService<IMaterialStore>().Publish(SampleMaterial.PutinSnapshot());
        var service = _services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();
        await service.StartAsync(_stop.Token);
        _running = Task.Run(async () =>
        {
            await _stop.Token.WhenCanceled();
            await service.StopAsync(CancellationToken.None);
        });
        var connection = await _discord.Gateway.NextConnectionAsync();
        await connection.HelloAsync();
        await connection.NextFrameAsync();
        await connection.ReadyAsync(_discord.ResumeUrl);

        var interaction = Fakes.Interactions.Command("quotes", """[{"name":"speaker","type":3,"value":"Putin"}]""");
        await connection.SendAsync($$$"""{"op":0,"s":2,"t":"INTERACTION_CREATE","d":{{{interaction}}} }""");

        var callback = await NextInteractionRequestAsync();
        Assert.Equal("POST", callback.Method);
        Assert.Equal("interactions/938421734825140264/interaction-token-1/callback", callback.Path);
        using var body = JsonDocument.Parse(callback.Body);
        var message = body.RootElement;
        if (message.GetProperty("type").GetInt32() == 5)
        {
            // The clock here runs fast, so a busy machine can make the core "slow": then the answer is
            // deferred and arrives as the edit of @original.
            var edit = await NextInteractionRequestAsync();
            Assert.Equal("webhooks/658822586720976907/interaction-token-1/messages/@original", edit.Path);
            message = JsonDocument.Parse(edit.Body).RootElement;
        }
        else
        {
            Assert.Equal(4, message.GetProperty("type").GetInt32());
            message = message.GetProperty("data");
        }

        Assert.Equal(0, message.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Contains("Putin", message.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private async Task<FakeGatewayConnection> StartAndConnectAsync()
    {
        var client = _services.GetRequiredService<DiscordGatewayClient>();
        _running = Task.Run(() => client.RunAsync(_stop.Token));
        var connection = await _discord.Gateway.NextConnectionAsync();
        Assert.False(connection.Resumed);
        await connection.HelloAsync();
        return connection;
    }

    private async Task<FakeGatewayConnection> ReadyConnectionAsync()
    {
        var connection = await StartAndConnectAsync();
        await connection.NextFrameAsync();
        await connection.ReadyAsync(_discord.ResumeUrl, sequence: 1);

        // A heartbeat carrying sequence 1 proves READY was processed before the test goes on.
        await HeartbeatCarryingAsync(connection, 1);
        return connection;
    }

    private static async Task AssertResumeAsync(FakeGatewayConnection connection)
    {
        var resume = await connection.NextFrameAsync();
        Assert.Equal(6, resume.GetProperty("op").GetInt32());
        Assert.Equal("session-1", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal("test-bot-token", resume.GetProperty("d").GetProperty("token").GetString());
    }

    private static async Task<long?> HeartbeatCarryingAsync(FakeGatewayConnection connection, long sequence)
    {
        // Heartbeats sent before the dispatch was read carry the older sequence (or null); skip those.
        for (var i = 0; i < 50; i++)
        {
            var heartbeat = await connection.NextHeartbeatAsync();
            if (heartbeat == sequence)
            {
                return heartbeat;
            }
        }

        return null;
    }

    private async Task<RecordedRequest> NextInteractionRequestAsync()
    {
        while (true)
        {
            var request = await _discord.NextRequestAsync();
            if (request.Path.StartsWith("interactions/", StringComparison.Ordinal) || request.Path.StartsWith("webhooks/", StringComparison.Ordinal))
            {
                return request;
            }
        }
    }
}
