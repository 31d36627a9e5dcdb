using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>
/// Puts the configured schedules into Quartz at start (after options validation), replacing earlier
/// versions, so editing a schedule in config and restarting is all it takes.
/// </summary>
internal sealed partial class DigestScheduleRegistrar(
    ISchedulerFactory schedulers,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var schedule in options.Value.Schedules)
        {
            DigestOptionsValidator.TryCron(schedule, out var cron, out _);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
            var job = JobBuilder.Create<DigestJob>()
                .WithIdentity(schedule.Name, DigestJob.Group)
                .UsingJobData(DigestJob.PlatformKey, schedule.Platform)
                .UsingJobData(DigestJob.ChannelKey, schedule.Channel)
                .UsingJobData(DigestJob.NoteWhenEmptyKey, schedule.NoteWhenEmpty.ToString(CultureInfo.InvariantCulture))
                .StoreDurably()
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(schedule.Name, DigestJob.Group)
                .ForJob(job)
                .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(job, new[] { trigger }, new ScheduleJobOptions { Replace = true }, cancellationToken);
            var next = trigger.GetFireTimeAfter(time.GetUtcNow());
            Log.Scheduled(logger, schedule.Name, cron, schedule.TimeZone, $"{schedule.Platform}:{schedule.Channel}", next?.ToString("u", CultureInfo.InvariantCulture) ?? "never");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(3101, LogLevel.Information, "Digest {Schedule}: cron {Cron} in {Zone} to {Channel}; next at {Next}")]
        public static partial void Scheduled(ILogger logger, string schedule, string cron, string zone, string channel, string next);
    }
}
