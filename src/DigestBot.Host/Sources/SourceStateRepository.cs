using System.Data.Common;
using DigestBot.Host.Storage;

namespace DigestBot.Host.Sources;

/// <summary>The source_state table: validators for conditional GET, health and backoff, shared by every instance.</summary>
internal sealed class SourceStateRepository(Database database)
{
    private const string Columns = "source_key, etag, last_modified, last_attempt_at, last_success_at, last_error, failures, next_attempt_at, item_count";

    public async Task<SourceState> GetAsync(string sourceKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Database.Command(connection, $"SELECT {Columns} FROM source_state WHERE source_key = @source;", ("@source", sourceKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : SourceState.New(sourceKey);
    }

    public async Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Database.Command(connection, $"SELECT {Columns} FROM source_state;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var states = new List<SourceState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            states.Add(Read(reader));
        }

        return states;
    }

    /// <summary>Upserts the state and bumps the revision, so other instances show the same health in /sources.</summary>
    public async Task SaveAsync(SourceState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = Database.Command(
            connection,
            $"""
            INSERT INTO source_state ({Columns}, updated_at)
            VALUES (@source, @etag, @modified, @attempt, @success, @error, @failures, @next, @items, @now)
            ON CONFLICT (source_key) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at, last_error = excluded.last_error,
                failures = excluded.failures, next_attempt_at = excluded.next_attempt_at, item_count = excluded.item_count, updated_at = excluded.updated_at;
            """,
            ("@source", state.SourceKey),
            ("@etag", state.Validators.ETag),
            ("@modified", state.Validators.LastModified),
            ("@attempt", state.LastAttemptAt?.ToUnixTimeMilliseconds()),
            ("@success", state.LastSuccessAt?.ToUnixTimeMilliseconds()),
            ("@error", state.LastError),
            ("@failures", state.Failures),
            ("@next", state.NextAttemptAt?.ToUnixTimeMilliseconds()),
            ("@items", state.ItemCount),
            ("@now", now.ToUnixTimeMilliseconds())))
        {
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await SourceArticleRepository.BumpRevisionAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static SourceState Read(DbDataReader reader) => new(
        reader.GetString(0),
        new FetchValidators(reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)),
        Time(reader, 3),
        Time(reader, 4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        Convert.ToInt32(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
        Time(reader, 7),
        Convert.ToInt32(reader.GetValue(8), System.Globalization.CultureInfo.InvariantCulture));

    private static DateTimeOffset? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
