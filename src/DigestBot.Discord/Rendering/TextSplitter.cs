using System.Globalization;

namespace DigestBot.Discord.Rendering;

/// <summary>
/// Splits plain text, before escaping, into pieces whose escaped form fits a budget. Cuts fall on a line
/// break, else a sentence end, else a space; only a single "word" longer than the budget is cut inside,
/// and then on a text-element boundary so no emoji or accented letter is torn apart.
/// </summary>
internal static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int budget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 8);
        var rest = Normalize(text);
        var pieces = new List<string>();
        while (rest.Length > 0)
        {
            // Most texts fit whole: a plain character count settles that without walking text elements.
            if (MaxCost(rest) <= budget)
            {
                pieces.Add(rest);
                break;
            }

            var end = FittingPrefix(rest, budget);
            if (end == rest.Length)
            {
                pieces.Add(rest);
                break;
            }

            var cut = CleanCut(rest, end);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        return pieces;
    }

    /// <summary>The first piece that fits, with "…" when something was left out.</summary>
    public static string Clip(string text, int budget)
    {
        var pieces = Split(text, budget - 1);
        return pieces.Count switch
        {
            0 => "",
            1 => pieces[0],
            _ => pieces[0] + "…",
        };
    }

    public static int MaxCost(string text)
    {
        var cost = 0;
        foreach (var c in text)
        {
            cost += MarkdownEscaper.MaxCost(c);
        }

        return cost;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>Length of the longest prefix ending on a text-element boundary whose escaped cost fits.</summary>
    private static int FittingPrefix(string text, int budget)
    {
        var cost = 0;
        var index = 0;
        while (index < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, index);
            var elementCost = 0;
            for (var i = index; i < index + length; i++)
            {
                elementCost += MarkdownEscaper.MaxCost(text[i]);
            }

            if (cost + elementCost > budget)
            {
                // A single text element larger than the budget (absurd combining runs) is cut by UTF-16 unit,
                // keeping surrogate pairs whole, rather than never making progress.
                return index > 0 ? index : UnitPrefix(text, budget);
            }

            cost += elementCost;
            index += length;
        }

        return index;
    }

    private static int UnitPrefix(string text, int budget)
    {
        var index = Math.Min(text.Length, budget / 2);
        return index > 0 && char.IsHighSurrogate(text[index - 1]) ? index - 1 : Math.Max(index, 1);
    }

    private static int CleanCut(string text, int end)
    {
        // Only look back over the second half, so pieces do not become tiny.
        var floor = end / 2;
        var newline = text.LastIndexOf('\n', end - 1, end - floor);
        if (newline > floor)
        {
            return newline;
        }

        for (var i = end - 1; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i]) && i > 0 && text[i - 1] is '.' or '!' or '?' or '”' or '"')
            {
                return i;
            }
        }

        for (var i = end; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i - 1;
            }
        }

        return end;
    }
}
