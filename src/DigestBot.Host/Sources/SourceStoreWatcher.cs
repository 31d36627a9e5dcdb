using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>
/// Before the host reports started: prunes articles past <c>Sources:Retention</c> and rebuilds the fetched
/// part of the snapshot from the store, so nothing fetched before a restart is missing from the first
/// command. Then checks the store's revision every <c>Sources:StoreCheckInterval</c> and picks up what
/// other instances fetched.
/// </summary>
internal sealed partial class SourceStoreWatcher(
    StoredArticleSync sync,
    SourceArticleRepository articles,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<SourceStoreWatcher> logger) : IHostedService, IDisposable
{
    private CancellationTokenSource? _stopping;
    private Task? _loop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pruned = await articles.PruneAsync(time.GetUtcNow() - options.Value.Retention, cancellationToken);
        if (pruned > 0)
        {
            Log.Pruned(logger, pruned, options.Value.Retention);
        }

        await sync.RefreshAsync(cancellationToken);
        _stopping = new CancellationTokenSource();
        _loop = WatchAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null || _loop is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping?.Dispose();

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.StoreCheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await sync.CheckAsync(cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A database hiccup must not end the watch: the next tick tries again.
                    Log.CheckFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private static partial class Log
    {
        [LoggerMessage(7301, LogLevel.Information, "Pruned {Count} fetched articles older than {Retention} (Sources:Retention)")]
        public static partial void Pruned(ILogger logger, int count, TimeSpan retention);

        [LoggerMessage(7302, LogLevel.Warning, "Checking the store for new articles failed; trying again at the next check")]
        public static partial void CheckFailed(ILogger logger, Exception exception);
    }
}
