using Npgsql;

namespace DigestBot.Host.Tests;

/// <summary>A fresh database on the PostgreSQL server named by DIGESTBOT_POSTGRES, dropped afterwards.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "DIGESTBOT_POSTGRES";
    private readonly string _server;
    private readonly string _name = "digestbot_test_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresDatabase(string server) => _server = server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name, Pooling = false }.ToString();

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrWhiteSpace(server), $"{Variable} is not set: run .ci/postgres (or .ci/run) to start PostgreSQL for the cluster tests.");
        var database = new PostgresDatabase(server);
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database._name};");
        return database;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async ValueTask DisposeAsync() => await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE);");

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
