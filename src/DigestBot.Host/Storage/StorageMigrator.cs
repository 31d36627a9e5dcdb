using System.Data.Common;

namespace DigestBot.Host.Storage;

/// <summary>
/// Creates or upgrades our tables at start, before anything reads them. Several instances may start at
/// once against PostgreSQL, so the whole upgrade runs under an advisory lock (SQLite: one writer anyway).
/// </summary>
internal sealed partial class StorageMigrator(
    Database database,
    IEnumerable<StorageMigration> migrations,
    ILogger<StorageMigrator> logger) : IHostedService
{
    // An arbitrary constant naming "DigestBot schema upgrade" among advisory locks.
    private const long AdvisoryLockKey = 0x44_69_67_65_73_74;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Provider == StorageProvider.Postgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey});", cancellationToken);
        }

        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL);",
            cancellationToken);

        var applied = new HashSet<int>();
        await using (var read = Database.Command(connection, "SELECT version FROM schema_versions;"))
        {
            read.Transaction = transaction;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, transaction, migration.SqlFor(database.Provider), cancellationToken);
            await using var record = Database.Command(
                connection,
                "INSERT INTO schema_versions (version, name, applied_at) VALUES (@version, @name, @at);",
                ("@version", migration.Version),
                ("@name", migration.Name),
                ("@at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            record.Transaction = transaction;
            await record.ExecuteNonQueryAsync(cancellationToken);
            Log.Applied(logger, migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Database.Command(connection, sql);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(4001, LogLevel.Information, "Storage schema step {Version} applied: {Name}")]
        public static partial void Applied(ILogger logger, int version, string name);
    }
}
