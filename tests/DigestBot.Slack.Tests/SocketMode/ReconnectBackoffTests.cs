using DigestBot.Slack.SocketMode;

namespace DigestBot.Slack.Tests.SocketMode;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Next_ConsecutiveFailures_DoublesUpToMax()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), () => 0);

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.Next().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 10, 10], delays);
    }

    [Fact]
    public void Next_WithJitter_ShortensByAtMostAFifth()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), () => 1);

        Assert.Equal(TimeSpan.FromSeconds(8), backoff.Next());
    }

    [Fact]
    public void Reset_AfterFailures_StartsAgainFromInitial()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), () => 0);
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }
}
