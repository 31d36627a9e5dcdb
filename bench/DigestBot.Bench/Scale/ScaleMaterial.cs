using System.Collections.Concurrent;
using DigestBot.Bench.Corpus;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Bench.Scale;

/// <summary>
/// Generated articles, parsed in memory once per process and shared by every benchmark case: an article's text
/// depends only on its index, so the 1k and 10k corpora are the first articles of the 100k one, re-dated to span
/// the same month. Parsing 100k articles takes minutes, which is why the scale benchmarks run in process.
/// </summary>
internal static class ScaleMaterial
{
    /// <summary>A fixed "now", so digests and dates are the same on every run.</summary>
    public static readonly DateTimeOffset Newest = new(2025, 3, 1, 7, 0, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<int, Lazy<MaterialSnapshot>> Snapshots = new();
    private static readonly Lock Gate = new();
    private static Article[] _parsed = [];

    public static MaterialSnapshot Snapshot(int count) =>
        Snapshots.GetOrAdd(count, c => new Lazy<MaterialSnapshot>(() => MaterialSnapshot.Build(Articles(c)))).Value;

    /// <summary>The first <paramref name="count"/> articles, dated over the month as a corpus of that size would be.</summary>
    public static Article[] Articles(int count)
    {
        var parsed = Parsed(count);
        return [.. parsed.Take(count).Select((a, i) => a with { PublishedAt = CorpusGenerator.PublishedAt(i, count, Newest) })];
    }

    private static Article[] Parsed(int count)
    {
        lock (Gate)
        {
            if (_parsed.Length >= count)
            {
                return _parsed;
            }

            var pool = ParagraphPool.Load(ParagraphPool.DefaultPath(RepositoryRoot.Find()));
            var generator = new CorpusGenerator(pool);
            Console.WriteLine($"// parsing {count:N0} generated articles ({(pool.IsEmpty ? "templates only" : "with PolNeAR paragraphs")})...");
            _parsed = Enumerable.Range(0, count)
                .AsParallel()
                .AsOrdered()
                .Select(i => generator.Generate(i, count, Newest))
                .Select(g => ArticleParser.Parse(new ArticleInput(Path.GetFileNameWithoutExtension(g.Name), g.Name, g.Text, null, g.PublishedAt)))
                .ToArray();
            return _parsed;
        }
    }
}
