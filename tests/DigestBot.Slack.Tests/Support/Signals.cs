namespace DigestBot.Slack.Tests.Support;

/// <summary>Generous waits for things that happen on other threads; a hang fails the test instead of blocking it.</summary>
public static class Signals
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Generous);

    public static Task Within(this Task task) => task.WaitAsync(Generous);

    public static async Task<T> ReadWithin<T>(this System.Threading.Channels.ChannelReader<T> reader)
    {
        using var timeout = new CancellationTokenSource(Generous);
        return await reader.ReadAsync(timeout.Token);
    }
}
