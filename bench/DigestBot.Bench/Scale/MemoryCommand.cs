using System.Diagnostics;
using System.Text;
using DigestBot.Bench.Corpus;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Bench.Scale;

/// <summary>
/// <c>memory --count N</c>: managed memory held by N parsed articles and their snapshot, against the raw text
/// (UTF-8 bytes as on disk, and the UTF-16 string .NET must hold anyway), measured with a full collection
/// before and after.
/// </summary>
internal static class MemoryCommand
{
    public static int Run(string[] args)
    {
        var count = BenchArgs.Int(args, "--count", 10_000);
        var pool = ParagraphPool.Load(ParagraphPool.DefaultPath(RepositoryRoot.Find()));
        var generator = new CorpusGenerator(pool);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        long utf8 = 0, chars = 0;
        var stopwatch = Stopwatch.StartNew();
        Article[]? articles = Enumerable.Range(0, count)
            .AsParallel()
            .AsOrdered()
            .Select(i => generator.Generate(i, count, ScaleMaterial.Newest))
            .Select(g => ArticleParser.Parse(new ArticleInput(Path.GetFileNameWithoutExtension(g.Name), g.Name, g.Text, null, g.PublishedAt)))
            .ToArray();
        var parseSeconds = stopwatch.Elapsed.TotalSeconds;
        foreach (var article in articles)
        {
            utf8 += Encoding.UTF8.GetByteCount(article.Text);
            chars += article.Text.Length;
        }

        var parsed = GC.GetTotalMemory(forceFullCollection: true);
        stopwatch.Restart();
        var snapshot = MaterialSnapshot.Build(articles!);
        var buildSeconds = stopwatch.Elapsed.TotalSeconds;
        articles = null;
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var articlesOnly = parsed - before;

        Console.WriteLine($"articles            {count:N0} ({snapshot.Quotes.Count:N0} quotes, {snapshot.Figures.Count:N0} figures, {snapshot.Sentences.Count:N0} sentences, {snapshot.Speakers.Count:N0} speakers)");
        Console.WriteLine($"parse               {parseSeconds:F1} s ({count / parseSeconds:N0} articles/s, {Environment.ProcessorCount} cores)");
        Console.WriteLine($"snapshot build      {buildSeconds:F2} s");
        Console.WriteLine($"raw text UTF-8      {Mib(utf8)} ({utf8 / count:N0} B/article)");
        Console.WriteLine($"raw text UTF-16     {Mib(chars * 2)} (the strings alone)");
        Console.WriteLine($"parsed articles     {Mib(articlesOnly)} ({articlesOnly / count:N0} B/article) = {(double)articlesOnly / utf8:F2}x UTF-8");
        Console.WriteLine($"articles+snapshot   {Mib(held)} ({held / count:N0} B/article) = {(double)held / utf8:F2}x UTF-8, {(double)held / (chars * 2):F2}x UTF-16");
        GC.KeepAlive(snapshot);
        GC.KeepAlive(pool);
        return 0;
    }

    private static string Mib(long bytes) => $"{bytes / 1024.0 / 1024.0:N1} MiB";
}
