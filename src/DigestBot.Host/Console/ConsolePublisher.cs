using System.Globalization;
using DigestBot.Core.Commands;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;

namespace DigestBot.Host.Console;

/// <summary>Posts digests to the terminal, so scheduling can be tried with no tokens.</summary>
internal sealed class ConsolePublisher(ConsoleOutput output, TimeProvider time) : IChannelPublisher
{
    public const string PlatformName = "console";
    private int _nextId;

    public string Platform => PlatformName;

    public async Task<PublishedMessage> PublishAsync(ChannelRef channel, Reply reply, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var stamp = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        await output.WriteAsync($"{Environment.NewLine}[{stamp}] #{channel.Id} message {id}{Environment.NewLine}{ConsoleRenderer.Render(reply)}", cancellationToken);
        return new PublishedMessage(channel, [id]);
    }

    public Task PinAsync(ChannelRef channel, string messageId, CancellationToken cancellationToken) =>
        output.WriteAsync($"[pinned message {messageId} in #{channel.Id}]{Environment.NewLine}", cancellationToken);
}
