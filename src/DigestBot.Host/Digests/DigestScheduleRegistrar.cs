using DigestBot.Core.Commands;
using DigestBot.Core.Moderation;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Digests;

/// <summary>
/// At start, makes the store match the configuration (config schedules added, changed or removed; those
/// added by moderators kept) and Quartz match the store.
/// </summary>
internal sealed partial class DigestScheduleRegistrar(
    ScheduleRepository repository,
    DigestScheduler scheduler,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduleRegistrar> logger) : IHostedService
{
    public const string ConfigOrigin = "config";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.Schedules.Select(FromConfig).ToList();
        foreach (var schedule in configured)
        {
            await repository.UpsertAsync(schedule, ConfigOrigin, cancellationToken);
        }

        var keys = configured.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var stored = await repository.ListAsync(null, cancellationToken);
        foreach (var stale in stored.Where(s => s.Origin == ConfigOrigin && !keys.Contains(s.Key)))
        {
            await repository.DeleteAsync(stale.Key, cancellationToken);
        }

        stored = await repository.ListAsync(null, cancellationToken);
        foreach (var schedule in stored)
        {
            await scheduler.ScheduleAsync(schedule, cancellationToken);
            Log.Scheduled(logger, schedule.Key, schedule.Description, scheduler.NextRun(schedule));
        }

        var live = stored.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in (await scheduler.ScheduledKeysAsync(cancellationToken)).Where(k => !live.Contains(k)))
        {
            await scheduler.UnscheduleAsync(orphan, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static StoredSchedule FromConfig(DigestScheduleOptions options)
    {
        var draft = new ScheduleDraft(options.Name, options.Time, options.Days, options.Cron, options.TimeZone, options.NoteWhenEmpty);
        ScheduleBook.TryDescribe(draft, out var cron, out var description, out _);
        return new StoredSchedule(options.Name, new ChannelRef(options.Platform, options.Channel), cron, options.TimeZone, description, options.NoteWhenEmpty, ConfigOrigin);
    }

    private static partial class Log
    {
        [LoggerMessage(3101, LogLevel.Information, "Digest {Schedule}: {Description}; next at {Next:u}")]
        public static partial void Scheduled(ILogger logger, string schedule, string description, DateTimeOffset? next);
    }
}
