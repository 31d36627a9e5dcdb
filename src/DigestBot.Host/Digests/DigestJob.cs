using DigestBot.Core.Commands;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>Thin Quartz job: reads which channel from its data and hands over to <see cref="DigestDelivery"/>.</summary>
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
        var noteWhenEmpty = data.ContainsKey(NoteWhenEmptyKey) && bool.Parse(data.GetString(NoteWhenEmptyKey)!);
        await delivery.DeliverAsync(context.JobDetail.Key.Name, channel, noteWhenEmpty, cancellationToken);
    }
}
