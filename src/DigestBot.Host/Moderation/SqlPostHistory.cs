using DigestBot.Core.Commands;
using DigestBot.Core.Moderation;
using DigestBot.Host.Storage;

namespace DigestBot.Host.Moderation;

internal sealed class SqlPostHistory(Database database, TimeProvider time) : IPostHistory
{
    public async Task<string?> LatestPostAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Database.Command(
            connection,
            "SELECT message_id FROM channel_posts WHERE platform = @platform AND channel = @channel ORDER BY posted_at DESC LIMIT 1;",
            ("@platform", channel.Platform),
            ("@channel", channel.Id));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task RecordAsync(ChannelRef channel, string kind, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await Database.ExecuteAsync(
            connection,
            "INSERT INTO channel_posts (platform, channel, kind, message_id, posted_at) VALUES (@platform, @channel, @kind, @id, @at);",
            cancellationToken,
            ("@platform", channel.Platform),
            ("@channel", channel.Id),
            ("@kind", kind),
            ("@id", messageId),
            ("@at", time.GetUtcNow().ToUnixTimeMilliseconds()));
    }
}
