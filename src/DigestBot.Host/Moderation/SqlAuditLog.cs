using DigestBot.Core.Commands;
using DigestBot.Core.Moderation;
using DigestBot.Host.Storage;

namespace DigestBot.Host.Moderation;

internal sealed class SqlAuditLog(Database database) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await Database.ExecuteAsync(
            connection,
            "INSERT INTO audit_log (at, platform, channel, actor_id, actor_name, action, detail) VALUES (@at, @platform, @channel, @id, @name, @action, @detail);",
            cancellationToken,
            ("@at", entry.At.ToUnixTimeMilliseconds()),
            ("@platform", entry.Channel.Platform),
            ("@channel", entry.Channel.Id),
            ("@id", entry.ActorId),
            ("@name", entry.ActorName),
            ("@action", entry.Action),
            ("@detail", entry.Detail));
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(ChannelRef channel, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Database.Command(
            connection,
            "SELECT at, actor_id, actor_name, action, detail FROM audit_log WHERE platform = @platform AND channel = @channel ORDER BY at DESC LIMIT @limit;",
            ("@platform", channel.Platform),
            ("@channel", channel.Id),
            ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                channel,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4)));
        }

        return entries;
    }
}
