namespace DigestBot.Slack.SocketMode;

/// <summary>
/// Exponential reconnect delays with jitter: first <c>initial</c>, doubling per consecutive failure up to
/// <c>max</c>, each shortened by up to a fifth at random so many bots do not reconnect in step.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;
    private int _failures;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures, 30);
        _failures++;
        var delay = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay * (1 - (0.2 * _random())));
    }

    public void Reset() => _failures = 0;
}
