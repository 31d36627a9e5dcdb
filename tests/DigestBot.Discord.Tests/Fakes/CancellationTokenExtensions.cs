namespace DigestBot.Discord.Tests.Fakes;

internal static class CancellationTokenExtensions
{
    public static Task WhenCanceled(this CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellationToken.Register(() => completion.TrySetResult());
        return completion.Task;
    }
}
