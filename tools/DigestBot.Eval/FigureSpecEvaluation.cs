using System.Globalization;
using System.Text.Json;
using DigestBot.Core.Material.Extraction.Figures;

namespace DigestBot.Eval;

/// <summary>
/// Scores the figure recognizer on the Recognizers-Text English specs (../shared/eval/README.md): a case passes
/// when every expected result is found with the same span and, where the value is numeric, the same value.
/// Prints pass rates per file and span precision/recall/F1 over all files; the last line is JSON.
/// Set DIGESTBOT_EVAL_FAILURES=1 to list the failing cases on standard error.
/// </summary>
internal static class FigureSpecEvaluation
{
    public static int Run(IReadOnlyList<string> files)
    {
        var showFailures = Environment.GetEnvironmentVariable("DIGESTBOT_EVAL_FAILURES") == "1";
        int cases = 0, passed = 0, expectedSpans = 0, predictedSpans = 0, matchedSpans = 0;
        Console.WriteLine($"{"file",-42} {"cases",6} {"passed",7} {"rate",7}");
        foreach (var file in files)
        {
            var score = new SpecFileScore();
            foreach (var document in EvalText.ReadJsonLines(file))
            {
                using (document)
                {
                    ScoreCase(document.RootElement, score, showFailures);
                }
            }

            Console.WriteLine($"{Path.GetFileName(file),-42} {score.Cases,6} {score.Passed,7} {Rate(score.Passed, score.Cases),7:P1}");
            cases += score.Cases;
            passed += score.Passed;
            expectedSpans += score.Expected;
            predictedSpans += score.Predicted;
            matchedSpans += score.Matched;
        }

        var precision = Rate(matchedSpans, predictedSpans);
        var recall = Rate(matchedSpans, expectedSpans);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine($"{"all",-42} {cases,6} {passed,7} {Rate(passed, cases),7:P1}");
        Console.WriteLine($"spans: expected {expectedSpans}, predicted {predictedSpans}, matched {matchedSpans}; precision {precision:P1}, recall {recall:P1}, F1 {f1:P1}");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            task = "figures",
            cases,
            passed,
            pass_rate = EvalText.Round(Rate(passed, cases)),
            precision = EvalText.Round(precision),
            recall = EvalText.Round(recall),
            f1 = EvalText.Round(f1),
        }));
        return 0;
    }

    private static void ScoreCase(JsonElement root, SpecFileScore score, bool showFailures)
    {
        var input = root.GetProperty("input").GetString() ?? "";
        var source = root.GetProperty("source").GetString() ?? "";
        var map = EvalText.CodePointToUtf16(input);
        var predicted = FigureRecognizer.Recognize(input, SpecModelOptions.For(source));
        var ok = true;
        var expectedCount = 0;
        var matchedSpans = new HashSet<(int, int)>();
        foreach (var expected in root.GetProperty("results").EnumerateArray())
        {
            expectedCount++;
            var start = EvalText.ToUtf16(map, expected.GetProperty("start").GetInt32());
            var end = EvalText.ToUtf16(map, expected.GetProperty("end").GetInt32());
            var value = NumericValue(expected);
            var atSpan = predicted.Where(p => p.Span.Start == start && p.Span.End == end).ToList();
            if (atSpan.Count > 0)
            {
                matchedSpans.Add((start, end));
            }

            if (!atSpan.Any(p => value is null || (p.Value is { } v && Close(v, value.Value))))
            {
                ok = false;
            }
        }

        score.Cases++;
        score.Passed += ok ? 1 : 0;
        score.Expected += expectedCount;
        score.Predicted += predicted.Count;
        score.Matched += matchedSpans.Count;
        if (!ok && showFailures)
        {
            var want = string.Join("; ", root.GetProperty("results").EnumerateArray().Select(r => $"'{r.GetProperty("text").GetString()}'={r.GetProperty("value")}"));
            var got = string.Join("; ", predicted.Select(p => $"'{p.Span.Slice(input)}'={p.ValueText}"));
            Console.Error.WriteLine($"FAIL {root.GetProperty("id").GetString()}: {input}\n   want {want}\n   got  {got}");
        }
    }

    // "2000000", "15%", "-0.8" are numeric; "(30,)", "end+0" and null are not compared.
    private static double? NumericValue(JsonElement expected)
    {
        if (!expected.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!.TrimEnd('%');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected));

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
