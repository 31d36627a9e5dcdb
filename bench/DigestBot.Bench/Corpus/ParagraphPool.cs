using System.Text.Json;

namespace DigestBot.Bench.Corpus;

/// <summary>
/// Body paragraphs and headlines of the PolNeAR training articles, read from outside the repository at run
/// time. The corpus has no licence, so its texts are only recombined in memory and never committed.
/// </summary>
internal sealed class ParagraphPool
{
    private ParagraphPool(string[] paragraphs, string[] headlines)
    {
        Paragraphs = paragraphs;
        Headlines = headlines;
    }

    public static ParagraphPool Empty { get; } = new([], []);

    public string[] Paragraphs { get; }

    public string[] Headlines { get; }

    public bool IsEmpty => Paragraphs.Length == 0;

    /// <summary>The pool from <paramref name="path"/> (JSON lines with a "text" field), or empty when it is missing.</summary>
    public static ParagraphPool Load(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return Empty;
        }

        var paragraphs = new List<string>();
        var headlines = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var text = document.RootElement.GetProperty("text").GetString() ?? "";
            var parts = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            headlines.Add(parts[0].TrimEnd('.'));

            // Very short paragraphs are bylines and captions; very long ones would dominate an article.
            paragraphs.AddRange(parts.Skip(1).Where(p => p.Length is >= 60 and <= 1200 && !p.Contains('\n')));
        }

        return new ParagraphPool([.. paragraphs], [.. headlines]);
    }

    /// <summary>The default location: ../shared/eval/polnear/train.jsonl next to the repository root.</summary>
    public static string DefaultPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "..", "shared", "eval", "polnear", "train.jsonl");
}
