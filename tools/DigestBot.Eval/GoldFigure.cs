using System.Text.Json;
using DigestBot.Core.Material;

namespace DigestBot.Eval;

/// <summary>One annotated news figure, its span already converted to UTF-16, and the README's value rule.</summary>
internal sealed record GoldFigure(TextSpan Span, double Value, double? ValueHigh, string Unit, string? Qualifier, bool Vague)
{
    public static GoldFigure From(JsonElement element, int[] map) => new(
        new TextSpan(EvalText.ToUtf16(map, element.GetProperty("start").GetInt32()), EvalText.ToUtf16(map, element.GetProperty("end").GetInt32())),
        element.GetProperty("value").GetDouble(),
        element.TryGetProperty("value_high", out var high) && high.ValueKind == JsonValueKind.Number ? high.GetDouble() : null,
        element.GetProperty("unit").GetString() ?? "",
        EvalText.OptionalString(element, "qualifier"),
        element.TryGetProperty("vague", out var vague) && vague.ValueKind == JsonValueKind.True);

    /// <summary>Within 1% (0 needs 0); for a range the lower bound, and the upper when predicted; vague: same order of magnitude.</summary>
    public bool Matches(Figure predicted)
    {
        if (Vague)
        {
            return predicted.Value > 0 && Value > 0 && Math.Floor(Math.Log10(predicted.Value)) == Math.Floor(Math.Log10(Value));
        }

        if (!Close(predicted.Value, Value))
        {
            return false;
        }

        return ValueHigh is not { } high || predicted.ValueHigh is not { } predictedHigh || Close(predictedHigh, high);
    }

    private static bool Close(double predicted, double gold) =>
        gold == 0 ? predicted == 0 : Math.Abs(predicted - gold) <= 0.01 * Math.Abs(gold);
}
