using System.Text.Json;
using DigestBot.Core.Commands;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Publishing;

public sealed class DiscordChannelPublisherTests : IAsyncLifetime
{
    private static readonly ChannelRef Channel = new("discord", "938391701561679903");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer _discord = null!;
    private ServiceProvider _services = null!;
    private IChannelPublisher _publisher = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync(_time);
        _services = AdapterServices.Build(_discord.ApiBase, _time);
        _publisher = _services.GetServices<IChannelPublisher>().Single(p => p.Platform == "discord");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task PublishAsync_LongDigest_PostsEveryPartInOrderWithoutMentions()
    {
        var items = Enumerable.Range(1, 100).Select(i => new ReplyItem(ReplyItemKind.Story, $"Story {i:D3} @everyone", string.Join(' ', Enumerable.Repeat("summary", 60)), null)).ToArray();
        var digest = new Reply("Morning digest", [new ReplySection("Top stories", null, items, [])]) { Ephemeral = true };

        var published = await _publisher.PublishAsync(Channel, digest, CancellationToken.None);

        var requests = _discord.Requests.ToArray();
        Assert.True(requests.Length > 1);
        Assert.Equal(requests.Length, published.MessageIds.Count);
        Assert.Equal(published.MessageIds.Order(StringComparer.Ordinal), published.MessageIds);
        Assert.All(requests, r =>
        {
            Assert.Equal("channels/938391701561679903/messages", r.Path);
            using var body = JsonDocument.Parse(r.Body);
            Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
            Assert.False(body.RootElement.TryGetProperty("flags", out _));
            Assert.DoesNotContain("@everyone", r.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task PinAsync_Message_PutsNewPinRouteWithBotToken()
    {
        await _publisher.PinAsync(Channel, "1234", CancellationToken.None);

        var request = Assert.Single(_discord.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("channels/938391701561679903/messages/pins/1234", request.Path);
        Assert.Equal("Bot test-bot-token", request.Authorization);
    }

    [Fact]
    public async Task PinAsync_MissingPinPermission_ExplainsPlainly()
    {
        _discord.Script(r => r.Method == "PUT", 403, """{"message":"Missing Permissions","code":50013}""");

        var exception = await Assert.ThrowsAsync<PublishException>(() => _publisher.PinAsync(Channel, "1234", CancellationToken.None));

        Assert.True(exception.Permanent);
        Assert.Contains("lacks the Pin Messages permission", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_MissingAccess_ExplainsPlainly()
    {
        _discord.Script(r => r.Method == "POST", 403, """{"message":"Missing Access","code":50001}""");

        var exception = await Assert.ThrowsAsync<PublishException>(() => _publisher.PublishAsync(Channel, Reply.Text("Digest", "text"), CancellationToken.None));

        Assert.True(exception.Permanent);
        Assert.Contains("View Channel", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_NotASnowflake_RefusedWithoutARequest()
    {
        var exception = await Assert.ThrowsAsync<PublishException>(() => _publisher.PublishAsync(new ChannelRef("discord", "../../users/@me"), Reply.Text("Digest", "text"), CancellationToken.None));

        Assert.True(exception.Permanent);
        Assert.Empty(_discord.Requests);
    }
}
