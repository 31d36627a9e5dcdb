using System.Text.Json;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Eval;

/// <summary>
/// Scores key-figure extraction on news articles exactly as ../shared/eval/news-figures/README.md says: pair
/// predictions and gold figures one to one by largest character overlap; a pair is found when the value
/// matches (1%, lower and upper bound for ranges, same order of magnitude for vague gold); a prediction that
/// overlaps no gold figure and is no date, time or year is a false positive. Set DIGESTBOT_EVAL_FAILURES=1 to
/// list misses and false positives on standard error.
/// </summary>
internal static class NewsFiguresEvaluation
{
    public static int Run(IReadOnlyList<string> files)
    {
        var showFailures = Environment.GetEnvironmentVariable("DIGESTBOT_EVAL_FAILURES") == "1";
        var total = new NewsFiguresScore();
        Console.WriteLine($"{"article",-60} {"gold",5} {"pred",5} {"found",6} {"fp",4}");
        foreach (var file in files)
        {
            foreach (var document in EvalText.ReadJsonLines(file))
            {
                using (document)
                {
                    var article = document.RootElement;
                    var score = ScoreArticle(article, showFailures);
                    Console.WriteLine($"{article.GetProperty("id").GetString(),-60} {score.Gold,5} {score.Predicted,5} {score.Found,6} {score.FalsePositives,4}");
                    total.Add(score);
                }
            }
        }

        var precision = Rate(total.Found, total.Found + total.FalsePositives);
        var recall = Rate(total.Found, total.Gold);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var valueAccuracy = Rate(total.Found, total.Located);
        Console.WriteLine($"gold {total.Gold}, predicted {total.Predicted}, located {total.Located}, found {total.Found}, false positives {total.FalsePositives}");
        Console.WriteLine($"precision {precision:P1}, recall {recall:P1}, F1 {f1:P1}, value accuracy {valueAccuracy:P1}; " +
            $"on found figures unit agrees {Rate(total.UnitAgrees, total.Found):P1}, qualifier agrees {Rate(total.QualifierAgrees, total.Found):P1}");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            task = "news-figures",
            gold = total.Gold,
            predicted = total.Predicted,
            precision = EvalText.Round(precision),
            recall = EvalText.Round(recall),
            f1 = EvalText.Round(f1),
            value_accuracy = EvalText.Round(valueAccuracy),
        }));
        return 0;
    }

    private static NewsFiguresScore ScoreArticle(JsonElement article, bool showFailures)
    {
        var text = article.GetProperty("text").GetString() ?? "";
        var map = EvalText.CodePointToUtf16(text);
        var gold = article.GetProperty("figures").EnumerateArray().Select(g => GoldFigure.From(g, map)).ToList();
        var predicted = FigureExtractor.Extract(text, SentenceSplitter.Split(text));
        var pairs = Pair(gold, predicted);
        var score = new NewsFiguresScore { Gold = gold.Count, Predicted = predicted.Count, Located = pairs.Count };
        foreach (var (g, p) in pairs)
        {
            var ok = gold[g].Matches(predicted[p]);
            score.Found += ok ? 1 : 0;
            score.UnitAgrees += ok && gold[g].Unit == predicted[p].Unit ? 1 : 0;
            score.QualifierAgrees += ok && gold[g].Qualifier == Normalize(predicted[p].Qualifier) ? 1 : 0;
            if (!ok && showFailures)
            {
                Console.Error.WriteLine($"VALUE {Context(text, gold[g].Span)} gold {gold[g].Value} {gold[g].Unit} | got '{predicted[p].Text}' {predicted[p].Value} {predicted[p].Unit}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!gold.Any(g => g.Span.Overlaps(predicted[p].Span)) && !IsDateOrTime(predicted[p]))
            {
                score.FalsePositives++;
                if (showFailures)
                {
                    Console.Error.WriteLine($"FP    {Context(text, predicted[p].Span)} = {predicted[p].Value} {predicted[p].Unit}");
                }
            }
        }

        if (showFailures)
        {
            var paired = pairs.Select(x => x.Gold).ToHashSet();
            for (var g = 0; g < gold.Count; g++)
            {
                if (!paired.Contains(g))
                {
                    Console.Error.WriteLine($"MISS  {Context(text, gold[g].Span)} gold {gold[g].Value} {gold[g].Unit}");
                }
            }
        }

        return score;
    }

    // One to one, largest overlap first; a prediction spanning two gold figures ("5-4") pairs with one only.
    private static List<(int Gold, int Predicted)> Pair(List<GoldFigure> gold, IReadOnlyList<Figure> predicted)
    {
        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(gold[g].Span.End, predicted[p].Span.End) - Math.Max(gold[g].Span.Start, predicted[p].Span.Start);
                if (overlap > 0)
                {
                    candidates.Add((overlap, g, p));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (usedGold.Add(g))
            {
                if (usedPredicted.Add(p))
                {
                    pairs.Add((g, p));
                }
                else
                {
                    usedGold.Remove(g);
                }
            }
        }

        return pairs;
    }

    private static bool IsDateOrTime(Figure figure) =>
        figure.Kind is FigureKind.Year or FigureKind.Date || DateText.LooksLikeDateOrTime(figure.Text);

    private static string? Normalize(string? qualifier) => qualifier == "order of magnitude" ? null : qualifier;

    private static string Context(string text, DigestBot.Core.Material.TextSpan span)
    {
        var from = Math.Max(0, span.Start - 30);
        var to = Math.Min(text.Length, span.End + 20);
        return (text[from..span.Start] + "[" + span.Slice(text) + "]" + text[span.End..to]).Replace('\n', ' ');
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
