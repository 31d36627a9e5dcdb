namespace DigestBot.Slack.SocketMode;

/// <summary>
/// The envelope ids seen lately, across all connections: Slack may deliver an envelope again (a retry, or on
/// a second connection), and a command must not run twice. Bounded, oldest forgotten first.
/// </summary>
internal sealed class EnvelopeLog(int capacity = 4096)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(string envelopeId)
    {
        lock (_lock)
        {
            if (!_seen.Add(envelopeId))
            {
                return false;
            }

            _order.Enqueue(envelopeId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
