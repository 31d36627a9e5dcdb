namespace DigestBot.Host.Storage;

/// <summary>
/// One step of the schema, applied once and recorded. Each feature registers its own steps; versions are
/// global and ascending. <see cref="Postgres"/> defaults to the SQLite text where the two agree.
/// </summary>
public sealed record StorageMigration(int Version, string Name, string Sqlite, string? Postgres = null)
{
    public string SqlFor(StorageProvider provider) => provider == StorageProvider.Postgres ? Postgres ?? Sqlite : Sqlite;
}
