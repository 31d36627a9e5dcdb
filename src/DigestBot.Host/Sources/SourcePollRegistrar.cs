using Quartz;

namespace DigestBot.Host.Sources;

/// <summary>
/// At start, makes Quartz's "sources" jobs match the configured feeds and pages: a job and a simple trigger
/// per source at its PollInterval (first fire right away), unchanged triggers left alone so a restart does
/// not fetch everything again, removed sources unscheduled.
/// </summary>
internal sealed partial class SourcePollRegistrar(
    ISchedulerFactory schedulers,
    SourcePoller poller,
    ILogger<SourcePollRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var source in poller.Sources)
        {
            var triggerKey = new TriggerKey(source.Key, SourcePollJob.Group);
            if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ISimpleTrigger existing && existing.RepeatInterval == source.PollInterval)
            {
                continue;
            }

            var job = JobBuilder.Create<SourcePollJob>()
                .WithIdentity(source.Key, SourcePollJob.Group)
                .UsingJobData(SourcePollJob.SourceKey, source.Key)
                .StoreDurably()
                .Build();

            // After downtime one catch-up fetch is enough; the missed ones are not replayed.
            var trigger = TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .ForJob(job)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(source.PollInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
            Log.Scheduled(logger, source.KindName, source.Name, source.PollInterval);
        }

        var live = poller.Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(SourcePollJob.Group), cancellationToken))
        {
            if (!live.Contains(orphan.Name))
            {
                await scheduler.DeleteJob(orphan, cancellationToken);
                Log.Removed(logger, orphan.Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(7201, LogLevel.Information, "Polling {Kind} {Source} every {Interval}")]
        public static partial void Scheduled(ILogger logger, string kind, string source, TimeSpan interval);

        [LoggerMessage(7202, LogLevel.Information, "Source {Source} is no longer configured; its poll job was removed")]
        public static partial void Removed(ILogger logger, string source);
    }
}
