namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Reads a numeral written in digits: "3,000", "12,34,567.89" (Indian grouping), "1 234 567" with narrow
/// spaces, "4.5", ".08", "1,3" (decimal comma). Dotted chains such as "192.168.1.2" stay separate numbers.
/// </summary>
internal static class NumeralReader
{
    public static bool StartsLeadingDecimal(string text, int i, int end) =>
        i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    public static double VulgarFraction(char c) => c switch
    {
        '½' => 0.5,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6,
        '⅚' => 5.0 / 6,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => 0,
    };

    public static Token Read(string text, int start, int end)
    {
        var i = start;
        double value = 0;
        var shape = NumeralShape.None;
        if (text[i] != '.')
        {
            var firstRun = DigitRun(text, i, end);
            value = Accumulate(text, i, i + firstRun, 0);
            if (firstRun > 1 && text[i] == '0')
            {
                shape |= NumeralShape.LeadingZero;
            }

            i += firstRun;
            var grouped = ReadGroups(text, i, end, firstRun, ref value);
            if (grouped > i)
            {
                i = grouped;
                shape |= NumeralShape.Grouped;
            }
            else if (TryDecimalComma(text, i, end, firstRun, out var commaEnd))
            {
                value += Fraction(text, i + 1, commaEnd);
                shape |= NumeralShape.Decimal;
                return new Token(start, commaEnd, TokenKind.Numeral, value, shape, default);
            }
        }

        if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && !InDottedChain(text, start, i, end))
        {
            var run = DigitRun(text, i + 1, end);
            value += Fraction(text, i + 1, i + 1 + run);
            shape |= NumeralShape.Decimal;
            i += 1 + run;
        }

        return new Token(start, i, TokenKind.Numeral, value, shape, default);
    }

    private static int ReadGroups(string text, int i, int end, int firstRun, ref double value)
    {
        if (i + 1 >= end || !IsGroupSeparator(text[i]) || !char.IsAsciiDigit(text[i + 1]) || firstRun > 3)
        {
            return i;
        }

        var separator = text[i];
        Span<int> lengths = stackalloc int[8];
        var count = 0;
        var k = i;
        while (count < lengths.Length && k + 1 < end && text[k] == separator && char.IsAsciiDigit(text[k + 1]))
        {
            var run = DigitRun(text, k + 1, end);
            lengths[count++] = run;
            k += 1 + run;
        }

        var thousands = true;
        for (var g = 0; g < count; g++)
        {
            thousands &= lengths[g] == 3;
        }

        // Indian grouping: "12,34,567" – pairs after the first group, three digits last.
        var indian = separator == ',' && count >= 2 && firstRun <= 2 && lengths[count - 1] == 3;
        for (var g = 0; g < count - 1 && indian; g++)
        {
            indian = lengths[g] == 2;
        }

        if (!thousands && !indian)
        {
            return i;
        }

        var pos = i;
        for (var g = 0; g < count; g++)
        {
            value = Accumulate(text, pos + 1, pos + 1 + lengths[g], value);
            pos += 1 + lengths[g];
        }

        return pos;
    }

    private static bool IsGroupSeparator(char c) => c is ',' or '\u202f' or '\u2009';

    // "1,3" reads as 1.3 only when nothing else makes the comma a list or thousands separator.
    private static bool TryDecimalComma(string text, int i, int end, int firstRun, out int commaEnd)
    {
        commaEnd = i;
        if (i + 1 >= end || text[i] != ',' || !char.IsAsciiDigit(text[i + 1]) || firstRun > 3)
        {
            return false;
        }

        var run = DigitRun(text, i + 1, end);
        var after = i + 1 + run;
        var start = i - firstRun;
        var inList = start >= 2 && text[start - 1] == ',' && char.IsAsciiDigit(text[start - 2]);
        if (inList || run > 2 || (after < end && (text[after] == ',' || char.IsLetterOrDigit(text[after]))))
        {
            return false;
        }

        commaEnd = after;
        return true;
    }

    // "192.168.1.2": a digit before the start or a second dot after the fraction means a dotted code.
    private static bool InDottedChain(string text, int start, int dot, int end)
    {
        if (start >= 2 && text[start - 1] == '.' && char.IsAsciiDigit(text[start - 2]))
        {
            return true;
        }

        var k = dot + 1 + DigitRun(text, dot + 1, end);
        return k + 1 < end && text[k] == '.' && char.IsAsciiDigit(text[k + 1]);
    }

    private static int DigitRun(string text, int i, int end)
    {
        var k = i;
        while (k < end && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        return k - i;
    }

    private static double Accumulate(string text, int from, int to, double value)
    {
        for (var k = from; k < to; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        return value;
    }

    private static double Fraction(string text, int from, int to)
    {
        double numerator = 0;
        double denominator = 1;
        for (var k = from; k < to && k - from < 15; k++)
        {
            numerator = (numerator * 10) + (text[k] - '0');
            denominator *= 10;
        }

        return numerator / denominator;
    }
}
