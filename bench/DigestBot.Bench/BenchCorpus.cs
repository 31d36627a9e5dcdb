using System.Text.Json;
using DigestBot.Core.Material;

namespace DigestBot.Bench;

/// <summary>
/// Article texts to benchmark on: the PolNeAR dev articles (../shared/eval/polnear/dev.jsonl from the repository
/// root, or the file named by DIGESTBOT_BENCH_CORPUS), else the sample article in config/material. The
/// corpus is evaluation data with no licence, so it is read from outside the repository and never copied in.
/// </summary>
public static class BenchCorpus
{
    public const string PathVariable = "DIGESTBOT_BENCH_CORPUS";

    public static IReadOnlyList<ArticleInput> Load()
    {
        var root = RepositoryRoot();
        var corpus = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(root, "..", "shared", "eval", "polnear", "dev.jsonl");
        if (File.Exists(corpus))
        {
            return [.. File.ReadLines(corpus).Where(l => l.Length > 0).Select(Read)];
        }

        var sample = Path.Combine(root, "config", "material", "putin-rare-earths.txt");
        return [new ArticleInput("putin-rare-earths", sample, File.ReadAllText(sample), null, DateTimeOffset.UnixEpoch)];
    }

    private static ArticleInput Read(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        return new ArticleInput(
            root.GetProperty("id").GetString() ?? "?",
            "polnear",
            root.GetProperty("text").GetString() ?? string.Empty,
            null,
            DateTimeOffset.UnixEpoch);
    }

    // BenchmarkDotNet runs from a generated folder under bin/, so walk up to the folder holding DigestBot.sln.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DigestBot.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
