namespace DigestBot.Host.Sources;

/// <summary>
/// How long a failing source rests: its poll interval after the first failure, doubling with each further
/// failure, never more than <c>Sources:MaxBackoff</c> (nor less than the poll interval).
/// </summary>
internal static class Backoff
{
    public static TimeSpan After(int failures, TimeSpan pollInterval, TimeSpan max)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var delay = pollInterval.TotalMilliseconds * Math.Pow(2, exponent);
        var capped = Math.Min(delay, Math.Max(max.TotalMilliseconds, pollInterval.TotalMilliseconds));
        return TimeSpan.FromMilliseconds(capped);
    }
}
