using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.Commands;

/// <summary>
/// Work that outlives the request that started it (late answers via response_url, envelope handling). Every
/// task is tracked, its failure logged here in one place, and shutdown waits for what is still running:
/// nothing is fire-and-forget.
/// </summary>
internal sealed class PendingWork(IHostApplicationLifetime lifetime, ILogger<PendingWork> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>Cancelled when the host stops; long work should observe it.</summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    public int Count => _running.Count;

    public void Run(Func<CancellationToken, Task> work)
    {
        var task = GuardAsync(work);
        if (!task.IsCompleted)
        {
            _running.TryAdd(task, 0);
            _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout wins; whatever is left is cancelled through Stopping.
        }
    }

    private async Task GuardAsync(Func<CancellationToken, Task> work)
    {
        try
        {
            await work(Stopping);
        }
        catch (OperationCanceledException) when (Stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            Log.BackgroundWorkFailed(logger, exception);
        }
    }
}
