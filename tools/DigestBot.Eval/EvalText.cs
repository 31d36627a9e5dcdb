using System.Text.Json;

namespace DigestBot.Eval;

/// <summary>
/// Reading the evaluation corpora: JSON Lines files and their code-point offsets (Python counts code points,
/// C# strings count UTF-16 units, so every gold offset is converted before it is compared with ours).
/// </summary>
public static class EvalText
{
    /// <summary>Each non-blank line of a JSON Lines file as its own document; the caller disposes them.</summary>
    public static IEnumerable<JsonDocument> ReadJsonLines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonDocument.Parse(line);
            }
        }
    }

    /// <summary>
    /// The UTF-16 index of every code-point offset of <paramref name="text"/>, one past the end included, so
    /// <c>map[codePoint]</c> converts a gold offset and <c>map.Length - 1</c> is the code-point length.
    /// </summary>
    public static int[] CodePointToUtf16(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }

    /// <summary>Converts a code-point offset with a map from <see cref="CodePointToUtf16"/>, clamping to the text.</summary>
    public static int ToUtf16(int[] map, int codePoint)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map[Math.Clamp(codePoint, 0, map.Length - 1)];
    }

    /// <summary>An optional integer property (null or missing gives null).</summary>
    public static int? OptionalInt(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>An optional string property (null or missing gives null).</summary>
    public static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Rounds a score for the machine-readable last line (4 decimals are plenty for a comparison).</summary>
    public static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : 0;
}
