using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>Keeps Quartz's jobs and triggers in step with the stored schedules.</summary>
internal sealed class DigestScheduler(ISchedulerFactory schedulers, TimeProvider time)
{
    public async Task ScheduleAsync(StoredSchedule schedule, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<DigestJob>()
            .WithIdentity(schedule.Key, DigestJob.Group)
            .UsingJobData(DigestJob.PlatformKey, schedule.Channel.Platform)
            .UsingJobData(DigestJob.ChannelKey, schedule.Channel.Id)
            .UsingJobData(DigestJob.NoteWhenEmptyKey, schedule.NoteWhenEmpty ? "true" : "false")
            .StoreDurably()
            .RequestRecovery()
            .Build();

        // A fire missed while every instance was down is handled by DigestCatchUp, which knows the
        // catch-up window and the delivery log; Quartz must not fire it a second time on its own.
        var trigger = TriggerBuilder.Create()
            .WithIdentity(schedule.Key, DigestJob.Group)
            .ForJob(job)
            .StartAt(time.GetUtcNow())
            .WithCronSchedule(schedule.Cron, c => c
                .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .Build();
        await scheduler.ScheduleJob(job, new[] { trigger }, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async Task UnscheduleAsync(string key, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(key, DigestJob.Group), cancellationToken);
    }

    public async Task<IReadOnlyCollection<string>> ScheduledKeysAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(DigestJob.Group), cancellationToken);
        return keys.Select(k => k.Name).ToArray();
    }

    public DateTimeOffset? NextRun(StoredSchedule schedule) => Cron(schedule).GetNextValidTimeAfter(time.GetUtcNow());

    /// <summary>The latest time the schedule should have fired at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset? LastFireAtOrBefore(StoredSchedule schedule, DateTimeOffset now) =>
        Cron(schedule).GetPreviousValidTimeBefore(now.AddSeconds(1));

    private static CronExpression Cron(StoredSchedule schedule) =>
        CronExpression.Parse(schedule.Cron).WithTimeZone(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone));
}
