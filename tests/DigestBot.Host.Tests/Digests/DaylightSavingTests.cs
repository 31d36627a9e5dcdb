using DigestBot.Core.Commands;
using DigestBot.Host.Digests;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Quartz;

namespace DigestBot.Host.Tests.Digests;

/// <summary>
/// A morning digest must arrive at the same local time every day, whatever the clocks do. These run the
/// real Quartz trigger the scheduler builds, in the real IANA zones, across both changes of 2026.
/// </summary>
public sealed class DaylightSavingTests
{
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-27", 4, "08:00")] // spring forward: Sunday 29 March
    [InlineData("Europe/Berlin", "2026-10-23", 4, "08:00")] // fall back: Sunday 25 October
    [InlineData("America/New_York", "2026-03-06", 4, "08:00")] // spring forward: Sunday 8 March
    [InlineData("America/New_York", "2026-10-30", 4, "08:00")] // fall back: Sunday 1 November
    [InlineData("America/New_York", "2026-10-30", 4, "01:30")] // 01:30 happens twice on 1 November
    public async Task Trigger_AcrossClockChange_FiresOncePerDayAtLocalTime(string zoneId, string firstDay, int days, string time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var fires = await FireTimesAsync(zoneId, time, DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture), days);

        Assert.Equal(days, fires.Count);
        var expected = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(fires, f => Assert.Equal(expected, TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(f, zone).DateTime)));
        Assert.Equal(days, fires.Select(f => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(f, zone).DateTime)).Distinct().Count());
    }

    [Fact]
    public async Task Trigger_TimeSkippedBySpringForward_StillFiresThatDay()
    {
        // 02:30 does not exist in New York on 8 March 2026; the digest must not silently vanish.
        var fires = await FireTimesAsync("America/New_York", "02:30", new DateOnly(2026, 3, 7), 3);

        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var localDays = fires.Select(f => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(f, zone).DateTime)).ToList();
        Assert.Equal([new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 9)], localDays);
    }

    private static async Task<List<DateTimeOffset>> FireTimesAsync(string zoneId, string time, DateOnly firstDay, int days)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var start = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(firstDay.ToDateTime(TimeOnly.MinValue)));
        var end = start.AddDays(days);
        var trigger = await BuildTriggerAsync(zoneId, time, start);

        var fires = new List<DateTimeOffset>();
        var next = trigger.GetFireTimeAfter(start.AddTicks(-1));
        while (next is { } fire && fire < end)
        {
            fires.Add(fire);
            next = trigger.GetFireTimeAfter(fire);
        }

        return fires;
    }

    /// <summary>The trigger exactly as <see cref="DigestScheduler"/> hands it to Quartz.</summary>
    private static async Task<ITrigger> BuildTriggerAsync(string zoneId, string time, DateTimeOffset now)
    {
        Assert.True(ScheduleExpression.TryFromTime(time, null, out var cron, out var error), error);
        var schedule = new StoredSchedule("morning", new ChannelRef("console", "local"), cron, zoneId, "", false, "test");
        var captured = new List<ITrigger>();
        var scheduler = new Mock<IScheduler>();
        scheduler
            .Setup(s => s.ScheduleJob(It.IsAny<IJobDetail>(), It.IsAny<IReadOnlyCollection<ITrigger>>(), It.IsAny<ScheduleJobOptions>(), It.IsAny<CancellationToken>()))
            .Callback<IJobDetail, IReadOnlyCollection<ITrigger>, ScheduleJobOptions, CancellationToken>((_, triggers, _, _) => captured.AddRange(triggers))
            .Returns(ValueTask.CompletedTask);
        var factory = new Mock<ISchedulerFactory>();
        factory.Setup(f => f.GetScheduler(It.IsAny<CancellationToken>())).Returns(ValueTask.FromResult(scheduler.Object));

        await new DigestScheduler(factory.Object, new FakeTimeProvider(now)).ScheduleAsync(schedule, CancellationToken.None);
        return Assert.Single(captured);
    }
}
