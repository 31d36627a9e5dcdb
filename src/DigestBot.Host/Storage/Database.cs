using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigestBot.Host.Storage;

/// <summary>
/// Opens connections to the configured store. SQL written for both providers sticks to what they share
/// (ON CONFLICT, BIGINT milliseconds for time, @name parameters); <see cref="Provider"/> picks the rest.
/// </summary>
public sealed class Database(IOptions<StorageOptions> options)
{
    private readonly Lazy<string> _connectionString = new(() => ConnectionStringFor(options.Value));

    public StorageProvider Provider => options.Value.Provider;

    public string ConnectionString => _connectionString.Value;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Provider == StorageProvider.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection)
            {
                // Concurrent writers (Quartz, the delivery log, sources) wait for each other instead of failing.
                await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000;", cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The connection string for the configured provider; for SQLite, creates the data folder first.</summary>
    internal static string ConnectionStringFor(StorageOptions options)
    {
        if (options.Provider == StorageProvider.Postgres)
        {
            return options.ConnectionString!;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.SqlitePath)!);
        return new SqliteConnectionStringBuilder { DataSource = options.SqlitePath, Pooling = true }.ToString();
    }
}
