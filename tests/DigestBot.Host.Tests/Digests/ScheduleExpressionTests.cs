using DigestBot.Host.Digests;

namespace DigestBot.Host.Tests.Digests;

public sealed class ScheduleExpressionTests
{
    [Theory]
    [InlineData("0 8 * * 1-5", "0 0 8 ? * MON-FRI")]
    [InlineData("30 7 * * 0", "0 30 7 ? * SUN")]
    [InlineData("30 7 * * 7", "0 30 7 ? * SUN")]
    [InlineData("0 8 1 * *", "0 0 8 1 * ?")]
    [InlineData("0 0 8 ? * MON-FRI", "0 0 8 ? * MON-FRI")]
    public void TryFromCron_KnownForms_BecomeQuartzCron(string input, string expected)
    {
        Assert.True(ScheduleExpression.TryFromCron(input, out var cron, out var error), error);
        Assert.Equal(expected, cron);
    }

    [Theory]
    [InlineData("every morning", "fields")]
    [InlineData("0 25 * * *", "not a valid schedule")]
    public void TryFromCron_Invalid_SaysWhy(string input, string expected)
    {
        Assert.False(ScheduleExpression.TryFromCron(input, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("08:00", "mon-fri", "0 0 8 ? * MON-FRI")]
    [InlineData("7:30", null, "0 30 7 * * ?")]
    [InlineData("18:05", "sat,sun", "0 5 18 ? * SAT,SUN")]
    public void TryFromTime_TimeAndDays_BecomeQuartzCron(string time, string? days, string expected)
    {
        Assert.True(ScheduleExpression.TryFromTime(time, days, out var cron, out var error), error);
        Assert.Equal(expected, cron);
    }

    [Theory]
    [InlineData("8am", null, "HH:MM")]
    [InlineData("24:00", null, "00-23")]
    [InlineData("08:00", "weekdays", "list of days")]
    public void TryFromTime_Invalid_SaysWhy(string time, string? days, string expected)
    {
        Assert.False(ScheduleExpression.TryFromTime(time, days, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
