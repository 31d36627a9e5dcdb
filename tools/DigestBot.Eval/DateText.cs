namespace DigestBot.Eval;

/// <summary>
/// The README's date test for false positives: a span holding a year 1800–2099, a month or weekday name, or a
/// clock time (h:mm, a.m., p.m.).
/// </summary>
internal static class DateText
{
    private static readonly string[] Names =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    public static bool LooksLikeDateOrTime(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Contains("a.m.", StringComparison.Ordinal) || lower.Contains("p.m.", StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (HasYearAt(text, i) || (text[i] == ':' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])))
            {
                return true;
            }
        }

        var words = lower.Split([' ', '.', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => Names.Any(n => w.StartsWith(n, StringComparison.Ordinal) && (w.Length == n.Length || w.Length > 5)));
    }

    private static bool HasYearAt(string text, int i)
    {
        if (i + 4 > text.Length || (i > 0 && char.IsAsciiDigit(text[i - 1])) || (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])))
        {
            return false;
        }

        for (var k = i; k < i + 4; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        var year = int.Parse(text.AsSpan(i, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1800 and <= 2099;
    }
}
