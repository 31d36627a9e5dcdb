using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DigestBot.Core.Material;

namespace DigestBot.Eval;

/// <summary>
/// `quotes FILE.jsonl`: runs the whole article parser over PolNeAR-style articles, scores the quotations and
/// speakers (<see cref="QuoteTally"/>), measures single-thread throughput after a warm-up, prints a table and
/// then one JSON line. Set DIGESTBOT_EVAL_ERRORS=1 to list every error on standard error.
/// </summary>
public static class QuotesEvaluation
{
    private const int WarmUpPasses = 40;
    private const int TimedRounds = 5;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MinimumTiming = TimeSpan.FromSeconds(1);

    public static int Run(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var documents = new List<QuoteDocument>();
        foreach (var file in files)
        {
            foreach (var line in EvalText.ReadJsonLines(file))
            {
                using (line)
                {
                    documents.Add(QuoteDocument.Read(line.RootElement));
                }
            }
        }

        var tally = new QuoteTally();
        foreach (var document in documents)
        {
            tally.Add(document, ArticleParser.Parse(document.ToInput()).Quotes);
        }

        var mbPerSecond = Throughput(documents);
        if (Environment.GetEnvironmentVariable("DIGESTBOT_EVAL_ERRORS") is "1")
        {
            foreach (var error in tally.Errors)
            {
                Console.Error.WriteLine(error);
            }
        }

        PrintTable(tally, mbPerSecond);
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["task"] = "quotes",
            ["documents"] = tally.Documents,
            ["gold"] = tally.Gold,
            ["predicted"] = tally.Predicted,
            ["precision"] = EvalText.Round(tally.Precision),
            ["recall"] = EvalText.Round(tally.Recall),
            ["f1"] = EvalText.Round(tally.F1),
            ["exact_f1"] = EvalText.Round(tally.ExactF1),
            ["speaker_accuracy"] = EvalText.Round(tally.SpeakerAccuracy),
            ["e2e_f1"] = EvalText.Round(tally.EndToEndF1),
            ["mb_per_s"] = Math.Round(mbPerSecond, 2),
        }));
        return 0;
    }

    // Megabytes (10^6 bytes of UTF-8) of article text through ArticleParser.Parse per second, one thread.
    // Warm-up runs long enough for the runtime to finish tiered compilation (a single pass still times
    // unoptimised code); then five timed rounds, and the best round is reported, because on a shared
    // machine the slower rounds measure the neighbours, not the parser.
    private static double Throughput(List<QuoteDocument> documents)
    {
        var inputs = documents.Select(d => d.ToInput()).ToArray();
        var bytes = inputs.Sum(i => (long)Encoding.UTF8.GetByteCount(i.Text));
        if (bytes == 0)
        {
            return 0;
        }

        var warmUp = Stopwatch.StartNew();
        for (var pass = 0; pass < WarmUpPasses || warmUp.Elapsed < WarmUpTime; pass++)
        {
            Parse(inputs);
        }

        var best = 0.0;
        for (var round = 0; round < TimedRounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var passes = 0;
            do
            {
                Parse(inputs);
                passes++;
            }
            while (watch.Elapsed < MinimumTiming);

            best = Math.Max(best, bytes * passes / 1e6 / watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static void Parse(ArticleInput[] inputs)
    {
        foreach (var input in inputs)
        {
            _ = ArticleParser.Parse(input);
        }
    }

    private static void PrintTable(QuoteTally tally, double mbPerSecond)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{"documents",-22}{tally.Documents,10}"));
        Console.WriteLine(string.Create(c, $"{"gold direct quotes",-22}{tally.Gold,10}"));
        Console.WriteLine(string.Create(c, $"{"predicted",-22}{tally.Predicted,10}   ({tally.Ignored} ignored: mixed/indirect)"));
        Console.WriteLine(string.Create(c, $"{"matched",-22}{tally.Matched,10}   ({tally.Exact} exact)"));
        Console.WriteLine(string.Create(c, $"{"precision",-22}{tally.Precision,10:P1}"));
        Console.WriteLine(string.Create(c, $"{"recall",-22}{tally.Recall,10:P1}"));
        Console.WriteLine(string.Create(c, $"{"F1 (overlap)",-22}{tally.F1,10:P1}"));
        Console.WriteLine(string.Create(c, $"{"F1 (exact)",-22}{tally.ExactF1,10:P1}"));
        Console.WriteLine(string.Create(c, $"{"speaker accuracy",-22}{tally.SpeakerAccuracy,10:P1}   ({tally.Unattributed} matched but unattributed)"));
        Console.WriteLine(string.Create(c, $"{"end-to-end F1",-22}{tally.EndToEndF1,10:P1}"));
        Console.WriteLine(string.Create(c, $"{"throughput MB/s",-22}{mbPerSecond,10:F1}"));
    }
}
