using DigestBot.Host.Storage;

namespace DigestBot.Host.Sources;

/// <summary>
/// Fetched articles (one row per item of a source, keyed by feed GUID, else URL, else content hash), each
/// source's fetch state (validators, health, backoff), and one revision counter that every change bumps so
/// other instances notice within a store check.
/// </summary>
internal static class SourcesSchema
{
    public static readonly StorageMigration Tables = new(
        10,
        "fetched source articles, source state, source revision",
        """
        CREATE TABLE source_articles (
            source_key TEXT NOT NULL,
            item_key TEXT NOT NULL,
            guid TEXT,
            url TEXT,
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            published_at BIGINT NOT NULL,
            first_seen_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (source_key, item_key));
        CREATE INDEX source_articles_published ON source_articles (published_at);
        CREATE TABLE source_state (
            source_key TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            last_attempt_at BIGINT,
            last_success_at BIGINT,
            last_error TEXT,
            failures INTEGER NOT NULL,
            next_attempt_at BIGINT,
            item_count INTEGER NOT NULL,
            updated_at BIGINT NOT NULL);
        CREATE TABLE source_revision (id INTEGER PRIMARY KEY, revision BIGINT NOT NULL);
        INSERT INTO source_revision (id, revision) VALUES (1, 0);
        """);
}
