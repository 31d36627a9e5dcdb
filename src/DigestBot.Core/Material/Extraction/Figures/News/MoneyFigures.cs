namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Money: "$4.5 billion", "$1billion", "$1B", "$846.8million", "$20s" (bills), "$12-an-hour", "a billion dollars",
/// "50 cents" (in dollars), ranges ("$500 to $2,000", "between $30,000 and $60,000", "$500,000 to more than
/// $1 million") and shares written as money ("About $4 of every $5", "37 cents out of each dollar").
/// </summary>
internal static class MoneyFigures
{
    public static bool TryPrefixed(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        if (s.IsWord(i, "between") && TryAmount(s, i + 1, out var low, out var lowEnd, out var code) && s.IsWord(lowEnd, "and") &&
            TryAmount(s, lowEnd + 1, out var high, out var highEnd, out _) && high > low)
        {
            candidate = new FigureCandidate(i, highEnd, low, code, FigureKind.Currency) { ValueHigh = high };
            return true;
        }

        if (!TryAmount(s, i, out var value, out var end, out code))
        {
            return false;
        }

        candidate = new FigureCandidate(i, end, value, code, FigureKind.Currency);
        candidate = WithRange(s, candidate);
        candidate = WithShare(s, candidate);
        return true;
    }

    /// <summary>A number followed by a currency name: "a billion dollars", "five million yen", "37 cents".</summary>
    public static bool TrySuffixed(TokenStream s, NumberMatch number, out FigureCandidate candidate)
    {
        candidate = null!;
        if (!UnitFigureFinder.TryUnitAfter(s, number, FigureModels.Currency, out var unit, out var end, out var factor) ||
            s.IsDash(number.End) || unit.Name == "Pound")
        {
            return false;
        }

        candidate = new FigureCandidate(number.Start, end, number.Value * factor * unit.Factor, unit.Code, FigureKind.Currency);
        candidate = WithShare(s, candidate);
        return true;
    }

    // "$4.5 billion", "US$ 10", "€20", "$20s", "$12-an-hour".
    private static bool TryAmount(TokenStream s, int i, out double value, out int end, out string code)
    {
        value = 0;
        end = i;
        code = "";
        if (!IsPrefixCurrency(s, i, out var unit, out var numberAt) || !s.SameLine(numberAt - 1) ||
            !NumberParser.TryParse(s, numberAt, NewsNumbers.Money, out var number) || number.Value < 0)
        {
            return false;
        }

        value = number.Value * unit.Factor;
        code = unit.Code;
        end = number.End;
        if (s.Adjacent(end - 1) && s.IsWord(end, "s") && !s.IsWordToken(end + 1))
        {
            end++;
        }
        else if (s.IsDash(end) && s.Adjacent(end - 1) && s.IsAnyWord(end + 1, "a", "an") && s.IsDash(end + 2) && s.IsWordToken(end + 3) && s.Adjacent(end + 2))
        {
            end += 4;
        }
        else if (UnitLexicon.TryMatch(s, end, FigureModels.Currency, out var repeat) && repeat.Unit.Code == unit.Code && s.SameLine(end - 1))
        {
            end = repeat.End;
        }

        return true;
    }

    private static bool IsPrefixCurrency(TokenStream s, int i, out UnitDefinition unit, out int numberAt)
    {
        unit = null!;
        numberAt = i;
        if (!UnitLexicon.TryMatch(s, i, FigureModels.Currency, out var match))
        {
            return false;
        }

        // Symbols and upper-case codes lead an amount ("$5", "US$ 5", "EUR 5"); names follow it ("5 dollars").
        var first = s[match.Start];
        var isSymbol = first.Kind == TokenKind.Symbol || match.Alias.Parts[^1] == "$";
        if (!isSymbol && !(s.IsAllUpper(match.Start) && match.End == match.Start + 1 && s[match.Start].Length == 3))
        {
            return false;
        }

        unit = match.Unit;
        numberAt = match.End;
        return s.IsNumeral(numberAt);
    }

    // "$500 to $2,000", "$35,000-$60,000", "$500,000 to more than $1 million".
    private static FigureCandidate WithRange(TokenStream s, FigureCandidate low)
    {
        var at = low.End;
        if (!(s.IsWord(at, "to") || (s.IsDash(at) && s.SameLine(at))))
        {
            return low;
        }

        var next = at + 1;
        if (s.IsWord(next, "more") && s.IsWord(next + 1, "than"))
        {
            next += 2;
        }

        if (TryAmount(s, next, out var high, out var end, out var code) && code == low.Unit && high > low.Value)
        {
            return low with { End = end, ValueHigh = high };
        }

        return low;
    }

    // "$4 of every $5" and "37 cents out of each dollar" are shares, not prices.
    private static FigureCandidate WithShare(TokenStream s, FigureCandidate part)
    {
        var at = part.End;
        if (s.IsWord(at, "out") && s.IsWord(at + 1, "of"))
        {
            at++;
        }

        if (!s.IsWord(at, "of") || !s.IsAnyWord(at + 1, "every", "each"))
        {
            return part;
        }

        if (TryAmount(s, at + 2, out var whole, out var end, out _) && whole > part.Value)
        {
            return part with { End = end, Value = part.Value / whole, Unit = "percent", Kind = FigureKind.Percentage };
        }

        if (s.IsAnyWord(at + 2, "dollar", "euro", "pound") && part.Value < 1)
        {
            return part with { End = at + 3, Value = part.Value, Unit = "percent", Kind = FigureKind.Percentage };
        }

        return part;
    }
}
