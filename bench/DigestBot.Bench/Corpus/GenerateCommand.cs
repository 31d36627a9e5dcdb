using System.Diagnostics;

namespace DigestBot.Bench.Corpus;

/// <summary>
/// <c>generate --count N --out DIR [--seed S] [--source train.jsonl]</c>: writes N articles into DIR, one
/// <c>.txt</c> per article in the material folder's format, each file's time set to its publication time.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        var count = BenchArgs.Int(args, "--count", 1000);
        var output = BenchArgs.Value(args, "--out");
        if (output is null || count < 1)
        {
            Console.Error.WriteLine("usage: generate --count N --out DIR [--seed S] [--source train.jsonl]");
            return 2;
        }

        var source = BenchArgs.Value(args, "--source") ?? ParagraphPool.DefaultPath(RepositoryRoot.Find());
        var pool = ParagraphPool.Load(source);
        Console.WriteLine(pool.IsEmpty
            ? "no PolNeAR texts found: generating from templates only"
            : $"mixing in {pool.Paragraphs.Length:N0} PolNeAR paragraphs from {Path.GetFullPath(source)}");

        Directory.CreateDirectory(output);
        var generator = new CorpusGenerator(pool, BenchArgs.Int(args, "--seed", 2025));
        var newest = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var article in generator.Generate(count, newest))
        {
            var path = Path.Combine(output, article.Name);
            File.WriteAllText(path, article.Text);
            File.SetLastWriteTimeUtc(path, article.PublishedAt.UtcDateTime);
            bytes += new FileInfo(path).Length;
        }

        Console.WriteLine($"wrote {count:N0} articles, {bytes / 1024.0 / 1024.0:F1} MiB, to {Path.GetFullPath(output)} in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
