using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>
/// Drives a <see cref="FakeTimeProvider"/> while the code under test waits on it: steps the clock until the
/// task completes. Asserts nothing about real time; the generous real-time bound only stops a hung test.
/// </summary>
internal static class Clock
{
    public static async Task<T> AdvanceUntilAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan? step = null)
    {
        await AdvanceUntilAsync(time, (Task)task, step);
        return await task;
    }

    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Task task, TimeSpan? step = null)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!task.IsCompleted)
        {
            cancellation.Token.ThrowIfCancellationRequested();
            time.Advance(step ?? TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(task, Task.Delay(15, cancellation.Token));
        }

        await task;
    }

    /// <summary>Keeps the clock moving in the background until disposed, for long conversations (gateway).</summary>
    public static IAsyncDisposable Run(this FakeTimeProvider time, TimeSpan step)
    {
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                time.Advance(step);
                try
                {
                    await Task.Delay(10, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        return new Ticker(stop, loop);
    }

    private sealed class Ticker(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            stop.Dispose();
        }
    }
}
