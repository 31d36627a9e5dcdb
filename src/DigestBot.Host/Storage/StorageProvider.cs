namespace DigestBot.Host.Storage;

public enum StorageProvider
{
    /// <summary>One instance, a file under <see cref="StorageOptions.DataFolder"/>; nothing to install.</summary>
    Sqlite,

    /// <summary>Several instances sharing schedules and articles, with Quartz clustering.</summary>
    Postgres,
}
