namespace DigestBot.Host.Material;

/// <summary>
/// Counts items done (files, fetched articles, first fetches of feeds) and says when to report: at most
/// once a second, and at the end, for loads of at least <paramref name="reportAbove"/> items.
/// </summary>
internal sealed class LoadProgress(int total, TimeProvider time, int reportAbove = 200)
{
    private readonly long _started = time.GetTimestamp();
    private long _lastReport = time.GetTimestamp();
    private int _done;

    public (int Done, int Total, double PerSecond)? Advance()
    {
        _done++;
        if (total < reportAbove)
        {
            return null;
        }

        var now = time.GetTimestamp();
        if (_done < total && time.GetElapsedTime(_lastReport, now) < TimeSpan.FromSeconds(1))
        {
            return null;
        }

        _lastReport = now;
        var seconds = Math.Max(time.GetElapsedTime(_started, now).TotalSeconds, 0.001);
        return (_done, total, _done / seconds);
    }
}
