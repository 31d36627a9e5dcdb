using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>Limits requests in flight per host, so many feeds on one site do not hammer it at once.</summary>
internal sealed class HostGate(IOptions<SourcesOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var gate = _hosts.GetOrAdd(host, _ => new SemaphoreSlim(options.Value.MaxConcurrencyPerHost));
        await gate.WaitAsync(cancellationToken);
        return new HostLease(gate);
    }

    public void Dispose()
    {
        foreach (var gate in _hosts.Values)
        {
            gate.Dispose();
        }
    }
}
