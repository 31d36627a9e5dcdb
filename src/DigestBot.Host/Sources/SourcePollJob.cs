using Quartz;

namespace DigestBot.Host.Sources;

/// <summary>
/// Thin Quartz job, one durable job per feed or page. In the clustered store a fire runs on exactly one
/// instance, and never twice at once, so each source is fetched once per interval however many run.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SourcePollJob(SourcePoller poller) : IJob
{
    public const string Group = "sources";
    public const string SourceKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await poller.PollIfDueAsync(context.MergedJobDataMap.GetString(SourceKey)!, cancellationToken);
    }
}
