using System.Text.Json;
using DigestBot.Core.Material;

namespace DigestBot.Eval;

/// <summary>A PolNeAR article with its annotations, read from one JSON line (code points → UTF-16).</summary>
public sealed record QuoteDocument(string Id, string Publisher, string Text, IReadOnlyList<GoldQuote> Gold)
{
    public static QuoteDocument Read(JsonElement root)
    {
        var text = root.GetProperty("text").GetString() ?? string.Empty;
        var map = EvalText.CodePointToUtf16(text);
        var gold = new List<GoldQuote>();
        foreach (var item in root.GetProperty("quotes").EnumerateArray())
        {
            var span = new TextSpan(EvalText.ToUtf16(map, item.GetProperty("start").GetInt32()), EvalText.ToUtf16(map, item.GetProperty("end").GetInt32()));
            var speakerStart = EvalText.OptionalInt(item, "speaker_start");
            var speakerEnd = EvalText.OptionalInt(item, "speaker_end");
            TextSpan? speakerSpan = speakerStart is { } s && speakerEnd is { } e ? new TextSpan(EvalText.ToUtf16(map, s), EvalText.ToUtf16(map, e)) : null;
            gold.Add(new GoldQuote(span, EvalText.OptionalString(item, "kind") ?? "direct", EvalText.OptionalString(item, "speaker"), speakerSpan));
        }

        return new QuoteDocument(
            EvalText.OptionalString(root, "id") ?? "?",
            EvalText.OptionalString(root, "publisher") ?? "polnear",
            text,
            gold);
    }

    public ArticleInput ToInput() => new(Id, Publisher, Text, null, DateTimeOffset.UnixEpoch);
}
