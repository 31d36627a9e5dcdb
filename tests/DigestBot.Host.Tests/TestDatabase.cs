using DigestBot.Host.Digests;
using DigestBot.Host.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Tests;

/// <summary>A real SQLite store in a temp folder with the product's own schema applied.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    private TestDatabase() =>
        Database = new Database(Options.Create(new StorageOptions { Provider = StorageProvider.Sqlite, DataFolder = _folder.Path }));

    public Database Database { get; }

    public static async Task<TestDatabase> CreateAsync(params StorageMigration[] extra)
    {
        var test = new TestDatabase();
        var migrator = new StorageMigrator(test.Database, [DigestSchema.Tables, .. extra], NullLogger<StorageMigrator>.Instance);
        await migrator.StartAsync(CancellationToken.None);
        return test;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
