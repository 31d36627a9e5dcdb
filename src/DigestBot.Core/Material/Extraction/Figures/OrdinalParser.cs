namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Reads ordinals: "21st", "2nd", "eleventh", "twenty-fifth", "one hundred twenty fifth", "two hundredth".</summary>
internal static class OrdinalParser
{
    public static bool TryParse(TokenStream s, int i, out NumberMatch match)
    {
        match = default;
        if (s.IsNumeral(i) && s[i].IsInteger && s.Adjacent(i) && IsSuffix(s, i + 1, s[i].Value))
        {
            match = new NumberMatch(i, i + 2, s[i].Value, NumberForm.Integer, false);
            return true;
        }

        if (!s.WordAt(i).IsNumber && !s.IsAnyWord(i, "a", "an"))
        {
            return false;
        }

        if (!CardinalParser.TryParse(s, i, allowOrdinalEnd: true, out var cardinal) || !cardinal.IsOrdinal || cardinal.IsPlural)
        {
            return false;
        }

        match = new NumberMatch(i, cardinal.End, cardinal.Value, NumberForm.Integer, true);
        return true;
    }

    private static bool IsSuffix(TokenStream s, int i, double value)
    {
        if (!s.IsWordToken(i))
        {
            return false;
        }

        var span = s.Span(i);
        var lastTwo = (long)value % 100;
        var expected = (lastTwo is >= 11 and <= 13 ? 0 : (long)value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return span.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }
}
