using DigestBot.Host.Storage;

namespace DigestBot.Host.Digests;

/// <summary>Tables for schedules, the delivery log that makes each digest post at most once, posts and the audit log.</summary>
internal static class DigestSchema
{
    public static readonly StorageMigration Tables = new(
        1,
        "digest schedules, deliveries, posts, audit log",
        """
        CREATE TABLE digest_schedules (
            schedule_key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            cron TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            description TEXT NOT NULL,
            note_when_empty INTEGER NOT NULL,
            origin TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at BIGINT NOT NULL);
        CREATE TABLE digest_deliveries (
            schedule_key TEXT NOT NULL,
            fire_time BIGINT NOT NULL,
            status TEXT NOT NULL,
            instance TEXT NOT NULL,
            claimed_at BIGINT NOT NULL,
            finished_at BIGINT,
            cutoff BIGINT,
            message_ids TEXT,
            detail TEXT,
            PRIMARY KEY (schedule_key, fire_time));
        CREATE TABLE channel_posts (
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            message_id TEXT NOT NULL,
            posted_at BIGINT NOT NULL);
        CREATE INDEX channel_posts_latest ON channel_posts (platform, channel, posted_at);
        CREATE TABLE audit_log (
            at BIGINT NOT NULL,
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL);
        CREATE INDEX audit_log_channel ON audit_log (platform, channel, at);
        """);
}
