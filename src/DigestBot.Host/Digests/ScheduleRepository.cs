using DigestBot.Core.Commands;
using DigestBot.Host.Storage;

namespace DigestBot.Host.Digests;

/// <summary>The digest_schedules table.</summary>
internal sealed class ScheduleRepository(Database database, TimeProvider time)
{
    private const string Columns = "name, platform, channel, cron, time_zone, description, note_when_empty, origin";

    public async Task UpsertAsync(StoredSchedule schedule, string createdBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await Database.ExecuteAsync(
            connection,
            $"""
            INSERT INTO digest_schedules (schedule_key, {Columns}, created_by, created_at)
            VALUES (@key, @name, @platform, @channel, @cron, @zone, @description, @empty, @origin, @by, @at)
            ON CONFLICT (schedule_key) DO UPDATE SET cron = excluded.cron, time_zone = excluded.time_zone,
                description = excluded.description, note_when_empty = excluded.note_when_empty, origin = excluded.origin;
            """,
            cancellationToken,
            ("@key", schedule.Key),
            ("@name", schedule.Name),
            ("@platform", schedule.Channel.Platform),
            ("@channel", schedule.Channel.Id),
            ("@cron", schedule.Cron),
            ("@zone", schedule.TimeZone),
            ("@description", schedule.Description),
            ("@empty", schedule.NoteWhenEmpty ? 1 : 0),
            ("@origin", schedule.Origin),
            ("@by", createdBy),
            ("@at", time.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await Database.ExecuteAsync(connection, "DELETE FROM digest_schedules WHERE schedule_key = @key;", cancellationToken, ("@key", key)) > 0;
    }

    public async Task<IReadOnlyList<StoredSchedule>> ListAsync(ChannelRef? channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var where = channel is null ? "" : "WHERE platform = @platform AND channel = @channel";
        await using var command = Database.Command(
            connection,
            $"SELECT {Columns} FROM digest_schedules {where} ORDER BY platform, channel, name;",
            ("@platform", channel?.Platform),
            ("@channel", channel?.Id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var schedules = new List<StoredSchedule>();
        while (await reader.ReadAsync(cancellationToken))
        {
            schedules.Add(new StoredSchedule(
                reader.GetString(0),
                new ChannelRef(reader.GetString(1), reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                Convert.ToInt64(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture) != 0,
                reader.GetString(7)));
        }

        return schedules;
    }
}
