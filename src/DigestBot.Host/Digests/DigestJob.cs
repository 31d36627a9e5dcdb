using DigestBot.Core.Commands;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>Thin Quartz job: which channel comes from its data, the rest is <see cref="DigestDelivery"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestDelivery delivery) : IJob
{
    public const string Group = "digests";
    public const string PlatformKey = "platform";
    public const string ChannelKey = "channel";
    public const string NoteWhenEmptyKey = "noteWhenEmpty";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var channel = new ChannelRef(data.GetString(PlatformKey)!, data.GetString(ChannelKey)!);
        var noteWhenEmpty = data.GetString(NoteWhenEmptyKey) == "true";

        // The scheduled time, not the actual one, keys the delivery: every node and every retry agree on it.
        var fireTime = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await delivery.DeliverAsync(context.JobDetail.Key.Name, channel, noteWhenEmpty, fireTime, cancellationToken);
    }
}
