using DigestBot.Core.Material;
using DigestBot.Host.Material;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>
/// Brings this instance's snapshot in line with the store: lists every stored item's hash, reads and parses
/// only the items that are new or edited, drops the ones that are gone, and hands each configured feed's or
/// page's articles to the <see cref="ArticleCatalog"/> in one rebuild. Also refreshes <see cref="SourceHealth"/>.
/// Whichever instance fetched an article, every instance shows it after its next refresh.
/// </summary>
internal sealed partial class StoredArticleSync(
    SourceArticleRepository articles,
    SourceStateRepository states,
    ArticleCatalog catalog,
    SourceHealth health,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<StoredArticleSync> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<(string Source, string Item), (string Hash, Article? Article)> _known = [];
    private long _revision = -1;

    /// <summary>Refreshes when the store's revision moved since the last refresh; true if it did.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (await articles.RevisionAsync(cancellationToken) == Volatile.Read(ref _revision))
        {
            return false;
        }

        await RefreshAsync(cancellationToken);
        return true;
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read the revision first: a change landing mid-refresh leaves it behind, so the next check refreshes again.
            var revision = await articles.RevisionAsync(cancellationToken);
            var sources = WebSource.From(options.Value).ToDictionary(s => s.Key, StringComparer.Ordinal);
            var rows = (await articles.ListHashesAsync(cancellationToken)).Where(r => sources.ContainsKey(r.SourceKey)).ToList();
            var changed = rows
                .Where(r => !_known.TryGetValue((r.SourceKey, r.ItemKey), out var known) || known.Hash != r.Hash)
                .Select(r => (r.SourceKey, r.ItemKey))
                .ToList();
            var present = rows.Select(r => (r.SourceKey, r.ItemKey)).ToHashSet();
            var removed = _known.Keys.Count(k => !present.Contains(k));
            if (changed.Count > 0 || removed > 0)
            {
                var next = await ParseChangedAsync(rows, changed, sources, cancellationToken);
                var bySource = sources.Keys.ToDictionary(
                    key => key,
                    key => next.Where(p => p.Key.Source == key && p.Value.Article is not null).Select(p => p.Value.Article!),
                    StringComparer.Ordinal);
                catalog.Replace(bySource);
                _known = next;
                Log.Refreshed(logger, changed.Count, removed, next.Count);
            }

            health.SetAll(await states.ListAsync(cancellationToken));
            Volatile.Write(ref _revision, revision);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<Dictionary<(string Source, string Item), (string Hash, Article? Article)>> ParseChangedAsync(
        List<(string SourceKey, string ItemKey, string Hash)> rows,
        List<(string SourceKey, string ItemKey)> changed,
        Dictionary<string, WebSource> sources,
        CancellationToken cancellationToken)
    {
        var next = new Dictionary<(string Source, string Item), (string Hash, Article? Article)>();
        foreach (var row in rows)
        {
            if (_known.TryGetValue((row.SourceKey, row.ItemKey), out var known) && known.Hash == row.Hash)
            {
                next[(row.SourceKey, row.ItemKey)] = known;
            }
        }

        // At start every item is new: one query for all beats one per item.
        var fresh = await articles.ReadAsync(changed.Count == rows.Count ? null : changed, cancellationToken);
        var progress = new LoadProgress(fresh.Count, time);
        foreach (var stored in fresh)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sources.TryGetValue(stored.SourceKey, out var source))
            {
                next[(stored.SourceKey, stored.ItemKey)] = (stored.ContentHash, Parse(stored, source));
            }

            if (progress.Advance() is { } report)
            {
                Log.Progress(logger, report.Done, report.Total, report.PerSecond);
            }
        }

        return next;
    }

    private Article? Parse(StoredArticle stored, WebSource source)
    {
        var id = $"{Slug(source.Name)}-{ContentHash.Of(stored.ItemKey)[..8]}";
        try
        {
            var url = stored.Url is null ? source.Url : new Uri(stored.Url);
            return ArticleParser.Parse(new ArticleInput(id, source.Name, stored.Text, url, stored.PublishedAt));
        }
        catch (ArticleFormatException exception)
        {
            Log.Unparsable(logger, source.Name, exception.Message);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One odd article must not keep every other one out of the snapshot.
            Log.ParserFailed(logger, exception, source.Name, stored.ItemKey);
            return null;
        }
    }

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "source" : slug[..Math.Min(slug.Length, 40)];
    }

    private static partial class Log
    {
        [LoggerMessage(7101, LogLevel.Information, "Fetched articles refreshed from the store: {Changed} new or edited, {Removed} removed, {Total} in all")]
        public static partial void Refreshed(ILogger logger, int changed, int removed, int total);

        [LoggerMessage(7102, LogLevel.Information, "Loading fetched articles: {Done}/{Total} ({PerSecond:F0}/s)")]
        public static partial void Progress(ILogger logger, int done, int total, double perSecond);

        [LoggerMessage(7103, LogLevel.Warning, "An article from {Source} was left out: {Problem}")]
        public static partial void Unparsable(ILogger logger, string source, string problem);

        [LoggerMessage(7104, LogLevel.Error, "Parsing item {Item} of {Source} failed unexpectedly; left out")]
        public static partial void ParserFailed(ILogger logger, Exception exception, string source, string item);
    }
}
