namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Shares and poll numbers: "48 percent", "15%", "5 percentage points", "7 points", "5 percent to 25 percent",
/// fractions with a clear share meaning ("a quarter", "one-fifth", "half of", "the bottom fifth"), proportions
/// ("eight of 10", "one in five") and decades of a scale ("the mid-30s"). Percent values are fractions.
/// </summary>
internal static class ShareFigures
{
    public static bool TryAfterNumber(TokenStream s, NumberMatch number, out FigureCandidate candidate)
    {
        candidate = null!;
        if (TryPoints(s, number, out candidate))
        {
            return true;
        }

        if (IsPercentSign(s, number.End, out var end))
        {
            candidate = new FigureCandidate(number.Start, end, number.Value / 100, "percent", FigureKind.Percentage);
            candidate = WithRange(s, candidate);

            // "15% of U.S. aluminum imports": the whole the share is of, when it follows directly.
            candidate = WithWhole(s, candidate);
            return true;
        }

        // "90 to 95 percent": the unit written once covers both bounds.
        if ((s.IsWord(number.End, "to") || s.IsDash(number.End)) && NewsNumbers.TryParse(s, number.End + 1, out var high) &&
            high.Value > number.Value && IsPercentSign(s, high.End, out var highEnd) && number.Form != NumberForm.Fraction)
        {
            candidate = new FigureCandidate(number.Start, highEnd, number.Value / 100, "percent", FigureKind.Percentage) { ValueHigh = high.Value / 100 };
            return true;
        }

        if (TryProportion(s, number, out candidate))
        {
            return true;
        }

        if (number.IsFractionWord || (number.Form == NumberForm.Fraction && number.HasWords))
        {
            if (IsTimeOrScaleAfter(s, number.End) || s.IsAdjacentDash(number.End) || s.IsAnyWord(number.End, "world", "party", "parties"))
            {
                return false;
            }

            candidate = new FigureCandidate(number.Start, number.End, number.Value, "percent", FigureKind.Percentage);
            return number.Value < 1 || !number.IsFractionWord;
        }

        return false;
    }

    // "a quarter hour", "a half million": not shares.
    private static bool IsTimeOrScaleAfter(TokenStream s, int i) =>
        s.IsAnyWord(i, "hour", "hours", "century", "centuries", "mile", "miles", "inch") || s.WordAt(i).Class == WordClass.Scale;

    private static bool IsPercentSign(TokenStream s, int i, out int end) => PercentFinder.TryPercentSign(s, i, out end) && !s.IsWord(i, "percentage");

    // "5 percentage points", "1 percentage point", "7 points", "a 5-point lead".
    private static bool TryPoints(TokenStream s, NumberMatch number, out FigureCandidate candidate)
    {
        candidate = null!;
        var at = number.End;
        if (!s.SameLine(at - 1))
        {
            return false;
        }

        if (s.IsDash(at) && s.Adjacent(at - 1) && s.IsAnyWord(at + 1, "point") && s.Adjacent(at))
        {
            candidate = new FigureCandidate(number.Start, at + 2, number.Value, "points", FigureKind.Number);
            return true;
        }

        // "at one point" is an idiom: a bare singular "point" needs "percentage" before it.
        var unitAt = s.IsWord(at, "percentage") ? at + 1 : at;
        if (!s.IsAnyWord(unitAt, "point", "points") || (unitAt == at && s.IsWord(at, "point")))
        {
            return false;
        }

        candidate = new FigureCandidate(number.Start, unitAt + 1, number.Value, "points", FigureKind.Number);
        return true;
    }

    private static FigureCandidate WithRange(TokenStream s, FigureCandidate low)
    {
        var at = low.End;
        if (!(s.IsWord(at, "to") || s.IsDash(at)) || !NewsNumbers.TryParse(s, at + 1, out var high) ||
            !PercentFinder.TryPercentSign(s, high.End, out var end) || high.Value / 100 <= low.Value)
        {
            return low;
        }

        return low with { End = end, ValueHigh = high.Value / 100 };
    }

    private static FigureCandidate WithWhole(TokenStream s, FigureCandidate share) =>
        share.ValueHigh is null ? share with { End = NounPhrase.OfPhraseEnd(s, share.End) } : share;

    // "eight of 10", "about eight out of 10", "one in five", "nine of 10 limes".
    private static bool TryProportion(TokenStream s, NumberMatch part, out FigureCandidate candidate)
    {
        candidate = null!;
        var at = part.End;
        var outOf = s.IsWord(at, "out") && s.IsWord(at + 1, "of");
        var of = s.IsWord(at, "of");
        var inWord = s.IsWord(at, "in");
        if (!outOf && !of && !inWord || part.Form != NumberForm.Integer || part.Value < 1)
        {
            return false;
        }

        var wholeAt = outOf ? at + 2 : at + 1;
        if (!NewsNumbers.TryParse(s, wholeAt, out var whole) || whole.Form != NumberForm.Integer || whole.Value <= part.Value)
        {
            return false;
        }

        var round = whole.Value is 10 or 100 or 1000;
        if (!(round || (!of && whole.Value <= 100)) || (s.IsWord(part.Start, "one") && of))
        {
            return false;
        }

        candidate = new FigureCandidate(part.Start, whole.End, part.Value / whole.Value, "percent", FigureKind.Percentage);
        return true;
    }

    /// <summary>Share words without a number before them: "half of", "Nearly half the", "another quarter", "the bottom fifth".</summary>
    public static bool TryWord(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        var word = s.WordAt(i);
        if (word.Class == WordClass.Half && !word.IsPlural && !s.IsDash(i + 1) && !s.IsAdjacentDash(i - 1) &&
            (s.IsAnyWord(i + 1, "of", "the", "their", "its", "his", "her", "our", "all") || Qualified(s, i)) &&
            !s.IsAnyWord(i - 1, "first", "second", "other", "latter", "the", "a", "one"))
        {
            candidate = new FigureCandidate(i, i + 1, 0.5, "percent", FigureKind.Percentage);
            return true;
        }

        if (word.Class is WordClass.Quarter or WordClass.Half || (word.IsOrdinal && !word.IsPlural && word.Value >= 3 && word.Class == WordClass.Unit))
        {
            var denominator = word.Value;
            if (s.IsAnyWord(i - 1, "another") && word.Class == WordClass.Quarter && !word.IsPlural)
            {
                candidate = new FigureCandidate(i, i + 1, 1 / denominator, "percent", FigureKind.Percentage);
                return true;
            }

            if (word.IsOrdinal && s.IsAnyWord(i - 1, "top", "bottom", "middle", "lowest", "highest", "richest", "poorest", "upper", "lower"))
            {
                candidate = new FigureCandidate(i, i + 1, 1 / denominator, "percent", FigureKind.Percentage);
                return true;
            }
        }

        return false;
    }

    private static bool Qualified(TokenStream s, int i) =>
        s.IsAnyWord(i - 1, "nearly", "almost", "about", "roughly", "around", "than", "over", "under", "approximately");

    /// <summary>"the mid-30s", "the low-50s" (percent, approximately) or an age ("in his early 40s").</summary>
    public static bool TryDecadeOfScale(TokenStream s, int i, out FigureCandidate candidate, out bool isDate)
    {
        candidate = null!;
        isDate = false;
        var part = s.IsAnyWord(i, "mid", "low", "high", "upper", "early", "late", "lower") ? i : -1;
        var numberAt = part < 0 ? -1 : (s.IsDash(i + 1) ? i + 2 : i + 1);
        if (part < 0 || !s.IsNumeral(numberAt) || !s[numberAt].IsInteger || !s.Adjacent(numberAt) || !s.IsWord(numberAt + 1, "s") || s[numberAt].Value % 10 != 0)
        {
            return false;
        }

        var baseValue = s[numberAt].Value;
        if (baseValue >= 100)
        {
            isDate = true;
            return false;
        }

        var (low, high) = s.IsAnyWord(i, "mid") ? (4, 6) : s.IsAnyWord(i, "low", "early", "lower") ? (0, 3) : (7, 9);
        var percent = SentenceMentionsPercent(s, i);
        var scale = percent ? 0.01 : 1;
        candidate = new FigureCandidate(i, numberAt + 2, (baseValue + low) * scale, percent ? "percent" : "years", percent ? FigureKind.Percentage : FigureKind.Age)
        {
            ValueHigh = (baseValue + high) * scale,
            Qualifier = Qualifiers.Approximately,
        };
        return true;
    }

    private static bool SentenceMentionsPercent(TokenStream s, int i)
    {
        for (var k = Math.Max(0, i - 25); k < Math.Min(s.Count, i + 25); k++)
        {
            if (s.IsSymbol(k, '%') || s.IsAnyWord(k, "percent", "rate", "unemployment", "percentage", "poll", "approval"))
            {
                return true;
            }
        }

        return false;
    }
}
