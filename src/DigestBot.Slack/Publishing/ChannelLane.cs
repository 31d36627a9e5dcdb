namespace DigestBot.Slack.Publishing;

/// <summary>
/// One channel's queue: callers enter strictly in arrival order and none is dropped; the holder paces its
/// posts against <see cref="LastPost"/>.
/// </summary>
internal sealed class ChannelLane
{
    private readonly Lock _lock = new();
    private Task _tail = Task.CompletedTask;

    /// <summary>When this channel last got a message; read and written only by the lane's current holder.</summary>
    public DateTimeOffset? LastPost { get; set; }

    public async Task<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_lock)
        {
            previous = _tail;
            _tail = mine.Task;
        }

        try
        {
            await previous.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Giving up our place must not block those behind us: pass the turn on once ours would have come.
            _ = previous.ContinueWith(_ => mine.SetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        return new Turn(mine);
    }

    /// <summary>Holding the lane; disposing hands it to the next caller.</summary>
    public readonly struct Turn(TaskCompletionSource done) : IDisposable
    {
        public void Dispose() => done.TrySetResult();
    }
}
