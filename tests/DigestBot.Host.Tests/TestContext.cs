namespace DigestBot.Host.Tests;

/// <summary>A cancellation token that ends stuck tests instead of hanging the run.</summary>
internal static class TestContext
{
    public static CancellationToken Current => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
