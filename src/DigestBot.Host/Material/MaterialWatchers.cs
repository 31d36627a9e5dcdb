using Microsoft.Extensions.Options;

namespace DigestBot.Host.Material;

/// <summary>One <see cref="MaterialWatcher"/> per configured folder, started in order so every folder is loaded before start completes.</summary>
internal sealed class MaterialWatchers(
    IEnumerable<MaterialFolderLoader> loaders,
    IOptions<MaterialOptions> options,
    TimeProvider time,
    ILogger<MaterialWatcher> logger) : IHostedService, IDisposable
{
    private readonly MaterialWatcher[] _watchers = loaders.Select(l => new MaterialWatcher(l, options, time, logger)).ToArray();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var watcher in _watchers)
        {
            await watcher.StartAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var watcher in _watchers)
        {
            await watcher.StopAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
