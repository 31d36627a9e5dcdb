using DigestBot.Discord.Json;
using DigestBot.Discord.Rest;
using DigestBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Rest;

public sealed class RateLimitTests : IAsyncLifetime
{
    private static readonly DiscordMessage Hello = new() { Content = "hello" };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer _discord = null!;
    private ServiceProvider _services = null!;
    private DiscordRestClient _rest = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync(_time);
        _services = AdapterServices.Build(_discord.ApiBase, _time, new Dictionary<string, string?> { ["Discord:InvalidRequestBudget"] = "10" });
        _rest = _services.GetRequiredService<DiscordRestClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task CreateMessage_429WithHeaders_WaitsRetryAfterThenSucceeds()
    {
        _discord.Script(
            r => r.Method == "POST",
            429,
            """{"message":"You are being rate limited.","retry_after":3,"global":false}""",
            ("Retry-After", "3"), ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "3"), ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Scope", "user"));

        var created = await _time.AdvanceUntilAsync(_rest.CreateMessageAsync("1", Hello, CancellationToken.None));

        Assert.NotEmpty(created.Id);
        var requests = _discord.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task CreateMessage_429WithRetryAfterOnlyInBody_HonoursBody()
    {
        _discord.Script(r => r.Method == "POST", 429, """{"message":"You are being rate limited.","retry_after":2.5,"global":false}""", ("X-RateLimit-Bucket", "abc"));

        await _time.AdvanceUntilAsync(_rest.CreateMessageAsync("1", Hello, CancellationToken.None), TimeSpan.FromMilliseconds(100));

        var requests = _discord.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task CreateMessage_Global429_HoldsOtherRoutesToo()
    {
        _discord.Script(r => r.Path == "channels/1/messages", 429, """{"message":"global","retry_after":5,"global":true}""", ("X-RateLimit-Global", "true"), ("Retry-After", "5"), ("X-RateLimit-Scope", "global"));
        var first = _rest.CreateMessageAsync("1", Hello, CancellationToken.None);
        await _discord.NextRequestAsync();
        await WaitForAsync(() => _services.GetRequiredService<RestRateLimiter>().PausedGlobally);

        // A call on another channel made after the global 429 must wait out the pause too.
        var second = _rest.CreateMessageAsync("2", Hello, CancellationToken.None);
        await _time.AdvanceUntilAsync(Task.WhenAll(first, second));

        var requests = _discord.Requests.ToArray();
        var rejectedAt = requests[0].At;
        Assert.All(requests.Skip(1), r => Assert.True(r.At - rejectedAt >= TimeSpan.FromSeconds(5), $"{r.Path} at {r.At - rejectedAt}"));
    }

    [Fact]
    public async Task CreateMessage_ExhaustedBucket_WaitsResetAfterForSameChannelOnly()
    {
        _discord.Script(r => r.Method == "POST", 200, """{"id":"1","channel_id":"1"}""", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2"), ("X-RateLimit-Bucket", "messages"));
        await _rest.CreateMessageAsync("1", Hello, CancellationToken.None);
        var start = _time.GetUtcNow();

        await _rest.CreateMessageAsync("2", Hello, CancellationToken.None);
        await _time.AdvanceUntilAsync(_rest.CreateMessageAsync("1", Hello, CancellationToken.None));

        var requests = _discord.Requests.ToArray();
        Assert.Equal("channels/2/messages", requests[1].Path);
        Assert.Equal(start, requests[1].At);
        Assert.True(requests[2].At - requests[0].At >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task CreateMessage_ServerErrors_RetriedWithBackoff()
    {
        _discord.Script(r => r.Method == "POST", 502, "<html>Bad Gateway</html>");
        _discord.Script(r => r.Method == "POST", 500, """{"message":"500: Internal Server Error","code":0}""");

        var created = await _time.AdvanceUntilAsync(_rest.CreateMessageAsync("1", Hello, CancellationToken.None));

        Assert.NotEmpty(created.Id);
        Assert.Equal(3, _discord.Requests.Count);
    }

    [Fact]
    public async Task CreateMessage_PersistentServerError_ThrowsTransientAfterRetries()
    {
        for (var i = 0; i < 4; i++)
        {
            _discord.Script(r => r.Method == "POST", 503, """{"message":"unavailable","code":0}""");
        }

        var exception = await Assert.ThrowsAsync<DiscordApiException>(() => _time.AdvanceUntilAsync(_rest.CreateMessageAsync("1", Hello, CancellationToken.None)));

        Assert.False(exception.Permanent);
        Assert.Equal(4, _discord.Requests.Count);
    }

    [Fact]
    public async Task CreateMessage_ManyAtOnce_AllDeliveredNoneDropped()
    {
        var start = _time.GetUtcNow();
        var calls = Enumerable.Range(1, 120).Select(i => _rest.CreateMessageAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Hello, CancellationToken.None)).ToArray();

        var created = await _time.AdvanceUntilAsync(Task.WhenAll(calls), TimeSpan.FromMilliseconds(100));

        Assert.Equal(120, created.Select(c => c.Id).Distinct().Count());
        Assert.Equal(120, _discord.Requests.Count);

        // 120 requests at 50/s cannot all go out in under two seconds of (fake) time. Measured from the start,
        // not from the first request: on a busy machine the first may be recorded a step late.
        var last = _discord.Requests.Max(r => r.At);
        Assert.True(last - start >= TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(100), $"last request at +{last - start}");
    }

    [Fact]
    public void ReserveGlobal_FiftyFirstWithinASecond_WaitsForTheWindow()
    {
        var limiter = _services.GetRequiredService<RestRateLimiter>();

        var waits = Enumerable.Range(0, RestRateLimiter.GlobalPerSecond).Select(_ => limiter.ReserveGlobal(countsTowardsGlobal: true)).ToArray();
        var fiftyFirst = limiter.ReserveGlobal(countsTowardsGlobal: true);
        var exempt = limiter.ReserveGlobal(countsTowardsGlobal: false);
        _time.Advance(TimeSpan.FromSeconds(1));
        var afterWindow = limiter.ReserveGlobal(countsTowardsGlobal: true);

        Assert.All(waits, w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), fiftyFirst);
        Assert.Equal(TimeSpan.Zero, exempt);
        Assert.Equal(TimeSpan.Zero, afterWindow);
    }

    [Fact]
    public async Task Requests_AfterInvalidBudgetSpent_PauseUntilWindowPasses()
    {
        for (var i = 0; i < 10; i++)
        {
            _discord.Script(r => r.Method == "PUT", 403, """{"message":"Missing Permissions","code":50013}""");
        }

        for (var i = 0; i < 10; i++)
        {
            await Assert.ThrowsAsync<DiscordApiException>(() => _rest.PinMessageAsync("1", "2", CancellationToken.None));
        }

        var firstInvalid = _discord.Requests.First().At;
        await _time.AdvanceUntilAsync(_rest.CreateMessageAsync("1", Hello, CancellationToken.None), TimeSpan.FromSeconds(20));

        var last = _discord.Requests.Last();
        Assert.Equal("channels/1/messages", last.Path);
        Assert.True(last.At - firstInvalid >= RestRateLimiter.InvalidWindow);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, cancellation.Token);
        }
    }

    [Fact]
    public async Task BotRoutes_CarryBotToken_InteractionRoutesDoNot()
    {
        await _rest.CreateMessageAsync("1", Hello, CancellationToken.None);
        await _rest.CreateFollowupAsync("tok", Hello, CancellationToken.None);

        var requests = _discord.Requests.ToArray();
        Assert.Equal("Bot test-bot-token", requests[0].Authorization);
        Assert.Equal("", requests[1].Authorization);
        Assert.Equal("webhooks/658822586720976907/tok", requests[1].Path);
    }
}
