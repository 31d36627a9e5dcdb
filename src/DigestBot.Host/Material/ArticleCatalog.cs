using System.Collections.Immutable;
using System.Diagnostics;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Host.Material;

/// <summary>
/// All articles, per source (each folder, each feed, each page). A source hands in its whole current list;
/// the catalog then builds one snapshot over every source, with one copy of each story (same normalised URL
/// or same content hash: the first source in key order keeps it) and unique ids, and swaps it in at once.
/// </summary>
internal sealed partial class ArticleCatalog(IMaterialStore store, ILogger<ArticleCatalog> logger)
{
    private readonly Lock _gate = new();
    private ImmutableSortedDictionary<string, IReadOnlyList<CatalogEntry>> _sources =
        ImmutableSortedDictionary.Create<string, IReadOnlyList<CatalogEntry>>(StringComparer.Ordinal);

    public void Replace(string sourceKey, IEnumerable<Article> articles) =>
        Replace(new Dictionary<string, IEnumerable<Article>>(StringComparer.Ordinal) { [sourceKey] = articles });

    /// <summary>Replaces several sources with one rebuild; an empty list removes the source's articles.</summary>
    public void Replace(IReadOnlyDictionary<string, IEnumerable<Article>> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var entries = sources.ToDictionary(s => s.Key, s => (IReadOnlyList<CatalogEntry>)s.Value.Select(CatalogEntry.For).ToArray(), StringComparer.Ordinal);

        // Serialised so two sources finishing at once cannot publish each other's older view.
        lock (_gate)
        {
            var next = _sources;
            foreach (var (key, list) in entries)
            {
                next = list.Count == 0 ? next.Remove(key) : next.SetItem(key, list);
            }

            var stopwatch = Stopwatch.StartNew();
            var (articles, duplicates) = Deduplicate(next);
            var snapshot = MaterialSnapshot.Build(articles);
            store.Publish(snapshot);
            _sources = next;
            Log.Published(logger, articles.Count, duplicates, next.Count, stopwatch.ElapsedMilliseconds);
        }
    }

    private static (List<Article> Articles, int Duplicates) Deduplicate(ImmutableSortedDictionary<string, IReadOnlyList<CatalogEntry>> sources)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var articles = new List<Article>();
        var duplicates = 0;
        foreach (var entry in sources.Values.SelectMany(list => list))
        {
            if (!hashes.Add(entry.ContentHash) || (entry.Url is not null && !urls.Add(entry.Url)))
            {
                duplicates++;
                continue;
            }

            var article = entry.Article;
            for (var n = 2; !ids.Add(article.Id); n++)
            {
                article = entry.Article with { Id = $"{entry.Article.Id}-{n}" };
            }

            articles.Add(article);
        }

        return (articles, duplicates);
    }

    private static partial class Log
    {
        [LoggerMessage(2201, LogLevel.Debug, "Snapshot published: {Articles} articles ({Duplicates} duplicates left out) from {Sources} sources in {Milliseconds} ms")]
        public static partial void Published(ILogger logger, int articles, int duplicates, int sources, long milliseconds);
    }
}
