using DigestBot.Slack.SocketMode;

namespace DigestBot.Slack.Tests.SocketMode;

public sealed class EnvelopeLogTests
{
    [Fact]
    public void TryAdd_SameIdTwice_SecondIsFalse()
    {
        var log = new EnvelopeLog();

        Assert.True(log.TryAdd("a"));
        Assert.False(log.TryAdd("a"));
        Assert.True(log.TryAdd("b"));
    }

    [Fact]
    public void TryAdd_BeyondCapacity_ForgetsOldestFirst()
    {
        var log = new EnvelopeLog(capacity: 2);
        log.TryAdd("a");
        log.TryAdd("b");
        log.TryAdd("c");

        Assert.False(log.TryAdd("c"));
        Assert.True(log.TryAdd("a"));
    }
}
