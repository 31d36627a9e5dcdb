namespace DigestBot.Host.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Where the SQLite database lives, relative to the working directory; created on first start.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Required for Postgres; ignored for SQLite.</summary>
    public string? ConnectionString { get; set; }

    public string SqlitePath => Path.GetFullPath(Path.Combine(DataFolder, "digestbot.db"));
}
