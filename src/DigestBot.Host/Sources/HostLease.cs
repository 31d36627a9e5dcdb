namespace DigestBot.Host.Sources;

/// <summary>A place taken in a <see cref="HostGate"/>; given back once, however often it is disposed.</summary>
internal sealed class HostLease(SemaphoreSlim gate) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            gate.Release();
        }
    }
}
