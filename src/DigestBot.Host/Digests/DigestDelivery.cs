using DigestBot.Core.Commands;
using DigestBot.Core.Digests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Core.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Digests;

/// <summary>
/// Posts one scheduled digest at most once: claims (schedule, fire time) in the delivery log, composes what
/// is new since the last digest of that schedule, posts it through the channel's platform and records the
/// outcome. A fire later than the catch-up window is recorded as skipped instead.
/// </summary>
internal sealed partial class DigestDelivery(
    IMaterialStore store,
    IEnumerable<IChannelPublisher> publishers,
    DeliveryLog deliveries,
    IPostHistory posts,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestDelivery> logger,
    ISourceCatalog? sources = null)
{
    public async Task DeliverAsync(string key, ChannelRef channel, bool noteWhenEmpty, DateTimeOffset fireTime, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - fireTime > options.Value.CatchUpWindow)
        {
            if (await deliveries.TryClaimAsync(key, fireTime, "skipped", cancellationToken))
            {
                Log.TooLate(logger, key, fireTime, options.Value.CatchUpWindow);
            }

            return;
        }

        if (!await deliveries.TryClaimAsync(key, fireTime, "posting", cancellationToken))
        {
            Log.AlreadyClaimed(logger, key, fireTime);
            return;
        }

        try
        {
            var publisher = publishers.FirstOrDefault(p => string.Equals(p.Platform, channel.Platform, StringComparison.OrdinalIgnoreCase))
                ?? throw new PublishException($"{channel.Platform} is not enabled, so schedule {key} cannot post.", permanent: true);
            var since = await deliveries.LastCutoffAsync(key, cancellationToken);
            var digest = DigestComposer.Compose(store.Current, now, since, sources?.Describe());
            if (digest is null && !noteWhenEmpty)
            {
                await deliveries.CompleteAsync(key, fireTime, "empty", now, null, null, cancellationToken);
                Log.NothingNew(logger, key);
                return;
            }

            var reply = digest ?? Reply.Text("Briefing", "Nothing new since the last digest.");
            var posted = await publisher.PublishAsync(channel, reply, cancellationToken);
            await deliveries.CompleteAsync(key, fireTime, "posted", now, string.Join(',', posted.MessageIds), null, cancellationToken);
            await posts.RecordAsync(channel, "digest", posted.MessageIds[0], cancellationToken);
            Log.Delivered(logger, key, fireTime, posted.MessageIds.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The claim stays: at most once. The cutoff does not move, so the next digest carries this news.
            await deliveries.CompleteAsync(key, fireTime, "failed", null, null, exception.Message, CancellationToken.None);
            Log.Failed(logger, exception, key, fireTime);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(3001, LogLevel.Information, "Digest {Schedule} for {FireTime:u} posted in {Messages} message(s)")]
        public static partial void Delivered(ILogger logger, string schedule, DateTimeOffset fireTime, int messages);

        [LoggerMessage(3002, LogLevel.Information, "Digest {Schedule}: nothing new, nothing posted")]
        public static partial void NothingNew(ILogger logger, string schedule);

        [LoggerMessage(3003, LogLevel.Information, "Digest {Schedule} for {FireTime:u} was already taken by another run; not posting again")]
        public static partial void AlreadyClaimed(ILogger logger, string schedule, DateTimeOffset fireTime);

        [LoggerMessage(3004, LogLevel.Warning, "Digest {Schedule} for {FireTime:u} skipped: more than {Window} late (Digests:CatchUpWindow)")]
        public static partial void TooLate(ILogger logger, string schedule, DateTimeOffset fireTime, TimeSpan window);

        [LoggerMessage(3005, LogLevel.Error, "Digest {Schedule} for {FireTime:u} failed to post")]
        public static partial void Failed(ILogger logger, Exception exception, string schedule, DateTimeOffset fireTime);
    }
}
