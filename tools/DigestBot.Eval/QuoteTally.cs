using DigestBot.Core.Material;

namespace DigestBot.Eval;

/// <summary>
/// Counts for the quotes score as ../shared/eval/README.md defines it: a prediction matches a direct gold
/// item when they overlap by at least half the longer span (one-to-one, greedy by overlap); one that matches
/// no direct item but overlaps a mixed or indirect one is ignored; exact means equal after trimming white
/// space and punctuation; the speaker is right when its mention overlaps the gold mention or its canonical
/// name equals the gold speaker text or shares its last word; unattributed counts as wrong.
/// </summary>
public sealed class QuoteTally
{
    public int Documents { get; private set; }

    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int Ignored { get; private set; }

    public int Matched { get; private set; }

    public int Exact { get; private set; }

    public int SpeakerRight { get; private set; }

    public int Unattributed { get; private set; }

    public List<string> Errors { get; } = [];

    public double Precision => Ratio(Matched, Scored);

    public double Recall => Ratio(Matched, Gold);

    public double F1 => Harmonic(Precision, Recall);

    public double ExactF1 => Harmonic(Ratio(Exact, Scored), Ratio(Exact, Gold));

    public double SpeakerAccuracy => Ratio(SpeakerRight, Matched);

    public double EndToEndF1 => Harmonic(Ratio(SpeakerRight, Scored), Ratio(SpeakerRight, Gold));

    private int Scored => Predicted - Ignored;

    public void Add(QuoteDocument document, IReadOnlyList<Quote> predictions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(predictions);
        Documents++;
        var gold = document.Gold.Where(g => g.IsDirect).ToList();
        var other = document.Gold.Where(g => !g.IsDirect).ToList();
        Gold += gold.Count;
        Predicted += predictions.Count;

        var pairs = new List<(int Prediction, int Gold, int Overlap)>();
        for (var p = 0; p < predictions.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Overlap(predictions[p].Span, gold[g].Span);
                if (overlap > 0 && overlap * 2 >= Math.Max(predictions[p].Span.Length, gold[g].Span.Length))
                {
                    pairs.Add((p, g, overlap));
                }
            }
        }

        var predictionUsed = new bool[predictions.Count];
        var goldUsed = new bool[gold.Count];
        foreach (var (p, g, _) in pairs.OrderByDescending(x => x.Overlap))
        {
            if (predictionUsed[p] || goldUsed[g])
            {
                continue;
            }

            predictionUsed[p] = goldUsed[g] = true;
            Matched++;
            var quote = predictions[p];
            if (Trim(document.Text, quote.Span) == Trim(document.Text, gold[g].Span))
            {
                Exact++;
            }

            if (SpeakerIsRight(quote.Speaker, gold[g]))
            {
                SpeakerRight++;
            }
            else
            {
                Unattributed += quote.Speaker is null ? 1 : 0;
                Errors.Add($"SPEAKER {document.Id} {Context(document.Text, quote.Span, 160)} predicted {quote.Speaker?.Text ?? "(none)"} = {quote.Speaker?.Name ?? "-"}; gold {gold[g].Speaker}");
            }
        }

        for (var p = 0; p < predictions.Count; p++)
        {
            if (predictionUsed[p])
            {
                continue;
            }

            if (other.Any(o => Overlap(o.Span, predictions[p].Span) > 0) || gold.Any(o => Overlap(o.Span, predictions[p].Span) > 0))
            {
                Ignored += other.Any(o => Overlap(o.Span, predictions[p].Span) > 0) ? 1 : 0;
                if (!other.Any(o => Overlap(o.Span, predictions[p].Span) > 0))
                {
                    Errors.Add($"PARTIAL {document.Id} «{Clip(predictions[p].Text)}»");
                }

                continue;
            }

            Errors.Add($"FALSE {document.Id} {Context(document.Text, predictions[p].Span)}");
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldUsed[g])
            {
                Errors.Add($"MISSED {document.Id} {Context(document.Text, gold[g].Span)} ({gold[g].Speaker})");
            }
        }
    }

    private static bool SpeakerIsRight(SpeakerMention? predicted, GoldQuote gold)
    {
        if (predicted is null)
        {
            return false;
        }

        if (gold.SpeakerSpan is { } span && Overlap(span, predicted.Span) > 0)
        {
            return true;
        }

        if (gold.Speaker is null)
        {
            return false;
        }

        return string.Equals(predicted.Name, gold.Speaker, StringComparison.OrdinalIgnoreCase)
            || string.Equals(LastWord(predicted.Name), LastWord(gold.Speaker), StringComparison.OrdinalIgnoreCase);
    }

    private static string LastWord(string value)
    {
        var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : words[^1].Trim('.', ',', '’', '\'', '"');
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static string Trim(string text, TextSpan span)
    {
        var value = span.Slice(text);
        return value.Trim().Trim(Punctuation).Trim();
    }

    private static readonly char[] Punctuation = [.. ".,;:!?\"'“”‘’«»()[]—–-… "];

    private static string Clip(string value) => value.Length <= 80 ? value : value[..77] + "...";

    private static string Context(string text, TextSpan span, int width = 50)
    {
        var before = text[Math.Max(0, span.Start - width)..span.Start].ReplaceLineEndings(" ");
        var after = text[span.End..Math.Min(text.Length, span.End + 60)].ReplaceLineEndings(" ");
        return $"…{before}[[{Clip(span.Slice(text))}]]{after}…";
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double Harmonic(double a, double b) => a + b == 0 ? 0 : 2 * a * b / (a + b);
}
