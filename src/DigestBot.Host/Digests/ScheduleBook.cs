using DigestBot.Core.Commands;
using DigestBot.Core.Moderation;

namespace DigestBot.Host.Digests;

/// <summary>Schedules moderators manage with /schedule: checked, stored, and put into Quartz.</summary>
internal sealed class ScheduleBook(ScheduleRepository repository, DigestScheduler scheduler) : IScheduleBook
{
    public async Task<ScheduleChange> AddAsync(ChannelRef channel, ScheduleDraft draft, Caller by, CancellationToken cancellationToken)
    {
        if (!TryDescribe(draft, out var cron, out var description, out var error))
        {
            return new ScheduleChange(null, error);
        }

        var existing = await repository.ListAsync(channel, cancellationToken);
        var name = draft.Name ?? NextName(existing);
        var schedule = new StoredSchedule(name, channel, cron, draft.Zone, description, draft.NoteWhenEmpty, by.DisplayName);
        await repository.UpsertAsync(schedule, by.Id, cancellationToken);
        await scheduler.ScheduleAsync(schedule, cancellationToken);
        return new ScheduleChange(Info(schedule), null);
    }

    public async Task<IReadOnlyList<ScheduleInfo>> ListAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        (await repository.ListAsync(channel, cancellationToken)).Select(Info).ToArray();

    public async Task<bool> RemoveAsync(ChannelRef channel, string name, CancellationToken cancellationToken)
    {
        var key = StoredSchedule.KeyFor(channel, name);
        var removed = await repository.DeleteAsync(key, cancellationToken);
        await scheduler.UnscheduleAsync(key, cancellationToken);
        return removed;
    }

    public static bool TryDescribe(ScheduleDraft draft, out string cron, out string description, out string error)
    {
        if (draft.Cron is { } expression)
        {
            description = $"cron {expression.Trim()} ({draft.Zone})";
            return ScheduleExpression.TryFromCron(expression, out cron, out error);
        }

        var days = string.IsNullOrWhiteSpace(draft.Days) ? "every day" : draft.Days.Trim().ToLowerInvariant();
        description = $"{draft.Time} {days} ({draft.Zone})";
        return ScheduleExpression.TryFromTime(draft.Time ?? "", draft.Days, out cron, out error);
    }

    private ScheduleInfo Info(StoredSchedule schedule) =>
        new(schedule.Name, schedule.Channel, schedule.Description, scheduler.NextRun(schedule), schedule.Origin);

    private static string NextName(IReadOnlyList<StoredSchedule> existing)
    {
        var n = existing.Count + 1;
        while (existing.Any(s => s.Name == $"digest-{n}"))
        {
            n++;
        }

        return $"digest-{n}";
    }
}
