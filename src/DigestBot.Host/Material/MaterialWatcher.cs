using Microsoft.Extensions.Options;

namespace DigestBot.Host.Material;

/// <summary>
/// Loads the material folder before the host reports started (so the first command already has news), then
/// watches it and reloads once the folder has been quiet for <see cref="MaterialOptions.ReloadDelay"/>.
/// </summary>
internal sealed partial class MaterialWatcher(
    MaterialFolderLoader loader,
    IOptions<MaterialOptions> options,
    TimeProvider time,
    ILogger<MaterialWatcher> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private CancellationTokenSource? _stopping;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await loader.LoadAsync(cancellationToken);
        if (!Directory.Exists(loader.Folder))
        {
            return;
        }

        _stopping = new CancellationTokenSource();
        _debounce = time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(loader.Folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.EnableRaisingEvents = true;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
        }

        _stopping?.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _stopping?.Dispose();
    }

    // Editors save in bursts (truncate, write, rename); restarting the timer on each event reloads once.
    private void OnChanged(object sender, FileSystemEventArgs e) =>
        _debounce?.Change(options.Value.ReloadDelay, Timeout.InfiniteTimeSpan);

    private async Task ReloadAsync()
    {
        var stopping = _stopping;
        if (stopping is null || stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await loader.LoadAsync(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            Log.ReloadFailed(logger, exception);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(2101, LogLevel.Error, "Reloading material failed; the previous snapshot stays in use")]
        public static partial void ReloadFailed(ILogger logger, Exception exception);
    }
}
