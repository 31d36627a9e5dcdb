using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Slack.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports each timer the code under test starts, so a test can
/// wait until the code is actually waiting (say, for Retry-After) and only then move time on. No sleeps.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _timers.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Waits until a timer of exactly <paramref name="due"/> starts, then advances time by it.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan due)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _timers.Reader.ReadAsync(timeout.Token) != due)
        {
        }

        Fake.Advance(due);
    }

    public long UnixSeconds => GetUtcNow().ToUnixTimeSeconds();
}
