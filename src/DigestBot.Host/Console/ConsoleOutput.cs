namespace DigestBot.Host.Console;

/// <summary>The terminal the console adapter writes to; one writer at a time so digests and answers never interleave.</summary>
internal sealed class ConsoleOutput(TextWriter writer)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await writer.WriteAsync(text.AsMemory(), cancellationToken);
            await writer.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
