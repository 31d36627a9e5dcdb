using System.Collections.Concurrent;
using DigestBot.Core.Commands;
using DigestBot.Core.Digests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;

namespace DigestBot.Host.Digests;

/// <summary>
/// Composes a channel's digest from what is new since its last one and posts it through the publisher of
/// the channel's platform.
/// </summary>
internal sealed partial class DigestDelivery(
    IMaterialStore store,
    IEnumerable<IChannelPublisher> publishers,
    TimeProvider time,
    ILogger<DigestDelivery> logger)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastDelivered = new(StringComparer.Ordinal);

    public async Task DeliverAsync(string schedule, ChannelRef channel, bool noteWhenEmpty, CancellationToken cancellationToken)
    {
        var publisher = publishers.FirstOrDefault(p => string.Equals(p.Platform, channel.Platform, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Schedule {schedule} posts to {channel.Platform}, but that adapter is not enabled.");

        var now = time.GetUtcNow();
        var since = _lastDelivered.TryGetValue(schedule, out var last) ? last : (DateTimeOffset?)null;
        var digest = DigestComposer.Compose(store.Current, now, since);
        if (digest is null && !noteWhenEmpty)
        {
            Log.NothingNew(logger, schedule, channel.ToString());
            _lastDelivered[schedule] = now;
            return;
        }

        var reply = digest ?? Reply.Text("Briefing", "Nothing new since the last digest.");
        var posted = await publisher.PublishAsync(channel, reply, cancellationToken);
        _lastDelivered[schedule] = now;
        Log.Delivered(logger, schedule, channel.ToString(), posted.MessageIds.Count);
    }

    private static partial class Log
    {
        [LoggerMessage(3001, LogLevel.Information, "Digest {Schedule} posted to {Channel} in {Messages} message(s)")]
        public static partial void Delivered(ILogger logger, string schedule, string channel, int messages);

        [LoggerMessage(3002, LogLevel.Information, "Digest {Schedule} for {Channel}: nothing new, nothing posted")]
        public static partial void NothingNew(ILogger logger, string schedule, string channel);
    }
}
