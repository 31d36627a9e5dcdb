using System.Data.Common;
using System.Globalization;
using DigestBot.Host.Storage;

namespace DigestBot.Host.Sources;

/// <summary>
/// The source_articles table. <see cref="ApplyAsync"/> stores one fetch of one source in a transaction:
/// an item is matched to what is stored by feed GUID, then normalised URL, then content hash, so a changed
/// GUID or a re-posted story updates its row instead of adding a second one, and an edit replaces the text.
/// </summary>
internal sealed class SourceArticleRepository(Database database)
{
    public async Task<ApplyOutcome> ApplyAsync(
        string sourceKey, IReadOnlyList<FetchedItem> items, int maxChars, DateTimeOffset now, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = await ReadRowsAsync(connection, transaction, sourceKey, cancellationToken);
        var matcher = new ItemMatcher(stored);
        int added = 0, updated = 0, unchanged = 0;
        var refused = new List<string>();
        foreach (var item in items)
        {
            var text = item.Text;
            if (text.Length > maxChars)
            {
                refused.Add($"'{Shorten(item.Title)}' has {text.Length:N0} characters, more than Sources:MaxArticleChars ({maxChars:N0}); skipped");
                continue;
            }

            var hash = ContentHash.Of(text);
            var match = matcher.Match(item.Guid, item.Url, hash);
            if (match is null)
            {
                var published = item.Published ?? now;
                if (published < cutoff)
                {
                    continue;
                }

                var key = matcher.NewKey(item.Guid, item.Url, hash);
                await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO source_articles (source_key, item_key, guid, url, content_hash, text, published_at, first_seen_at, updated_at)
                    VALUES (@source, @item, @guid, @url, @hash, @text, @published, @now, @now);
                    """,
                    cancellationToken,
                    ("@source", sourceKey), ("@item", key), ("@guid", item.Guid), ("@url", item.Url), ("@hash", hash), ("@text", text),
                    ("@published", published.ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds()));
                matcher.Add(new StoredRow(key, item.Guid, item.Url, hash));
                added++;
            }
            else if (match.Hash == hash && match.Guid == item.Guid && match.Url == item.Url)
            {
                unchanged++;
            }
            else
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    UPDATE source_articles SET guid = @guid, url = @url, content_hash = @hash, text = @text,
                        published_at = COALESCE(@published, published_at), updated_at = @now
                    WHERE source_key = @source AND item_key = @item;
                    """,
                    cancellationToken,
                    ("@source", sourceKey), ("@item", match.ItemKey), ("@guid", item.Guid), ("@url", item.Url), ("@hash", hash), ("@text", text),
                    ("@published", item.Published?.ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds()));
                matcher.Replace(match, new StoredRow(match.ItemKey, item.Guid, item.Url, hash));
                // A new GUID alone changes nothing readers see; new text or a new link does.
                if (match.Hash == hash && match.Url == item.Url)
                {
                    unchanged++;
                }
                else
                {
                    updated++;
                }
            }
        }

        if (added + updated > 0)
        {
            await BumpRevisionAsync(connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ApplyOutcome(added, updated, unchanged, refused, matcher.Count);
    }

    /// <summary>Deletes fetched articles published before <paramref name="cutoff"/>; returns how many went.</summary>
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = await ExecuteAsync(
            connection, transaction, "DELETE FROM source_articles WHERE published_at < @cutoff;", cancellationToken, ("@cutoff", cutoff.ToUnixTimeMilliseconds()));
        if (deleted > 0)
        {
            await BumpRevisionAsync(connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public async Task<long> RevisionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Database.Command(connection, "SELECT revision FROM source_revision WHERE id = 1;");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Every stored item's identity and hash, without the texts: cheap enough to diff on each change.</summary>
    public async Task<IReadOnlyList<(string SourceKey, string ItemKey, string Hash)>> ListHashesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Database.Command(connection, "SELECT source_key, item_key, content_hash FROM source_articles;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>Full rows, all of them (<paramref name="only"/> null) or just the listed items.</summary>
    public async Task<IReadOnlyList<StoredArticle>> ReadAsync(IReadOnlyCollection<(string SourceKey, string ItemKey)>? only, CancellationToken cancellationToken)
    {
        const string Select = "SELECT source_key, item_key, url, content_hash, text, published_at FROM source_articles";
        await using var connection = await database.OpenAsync(cancellationToken);
        var articles = new List<StoredArticle>();
        if (only is null)
        {
            await using var all = Database.Command(connection, Select + ";");
            await ReadArticlesAsync(all, articles, cancellationToken);
            return articles;
        }

        foreach (var (sourceKey, itemKey) in only)
        {
            await using var one = Database.Command(connection, Select + " WHERE source_key = @source AND item_key = @item;", ("@source", sourceKey), ("@item", itemKey));
            await ReadArticlesAsync(one, articles, cancellationToken);
        }

        return articles;
    }

    public static async Task BumpRevisionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, "UPDATE source_revision SET revision = revision + 1 WHERE id = 1;", cancellationToken);

    private static async Task ReadArticlesAsync(DbCommand command, List<StoredArticle> into, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            into.Add(new StoredArticle(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        }
    }

    private static async Task<List<StoredRow>> ReadRowsAsync(DbConnection connection, DbTransaction transaction, string sourceKey, CancellationToken cancellationToken)
    {
        await using var command = Database.Command(connection, "SELECT item_key, guid, url, content_hash FROM source_articles WHERE source_key = @source;", ("@source", sourceKey));
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<StoredRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StoredRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Database.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Shorten(string title) => title.Length <= 60 ? title : title[..57] + "...";
}
