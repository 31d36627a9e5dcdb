namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// The remaining numbers: measures ("two billion tons of carbon"), years (kept as their own kind), hyphenated
/// counts ("52-count", "four-way"), and counts with the noun phrase they count ("two Vermont developers") or
/// alone ("537 of which"). The pronoun "one" ("one of them", "the one we have") is not a count.
/// </summary>
internal static class CountFigures
{
    // Hyphenated idioms that count nothing: "five-alarm call", "one-on-one", "five-and-dime".
    private static readonly string[] IdiomCompounds = ["alarm", "on", "and", "or", "to", "star", "liner", "liners", "fifty", "upmanship", "off"];

    public static bool TryAfterNumber(TokenStream s, NumberMatch number, out FigureCandidate candidate)
    {
        candidate = null!;
        if (UnitFigureFinder.TryUnitAfter(s, number, FigureModels.Dimension | FigureModels.Temperature, out var unit, out var end, out _) &&
            !(unit.Name is "Turn" or "Byte" or "Bit" or "Inch" && !s.IsDash(number.End)) && unit.Name != "Degree")
        {
            end = NounPhrase.OfPhraseEnd(s, end);
            candidate = new FigureCandidate(number.Start, end, number.Value, unit.Code, unit.Kind);
            return true;
        }

        if (IsYear(s, number))
        {
            candidate = new FigureCandidate(number.Start, number.End, number.Value, "year", FigureKind.Year);
            return true;
        }

        var at = number.End;
        if (s.IsDash(at) && s.Adjacent(at - 1) && s.Adjacent(at) && s.IsWordToken(at + 1))
        {
            // "52-count complaint", "four-way race", "700-word piece"; "five-alarm", "one-on-one" are idioms.
            if (!s.IsAnyWord(at + 1, IdiomCompounds) && !s.StartsUpper(at + 1) && number.Value > 1 && !NumberFinder.IsGluedToUnit(s, number))
            {
                candidate = new FigureCandidate(number.Start, at + 2, number.Value, "count", FigureKind.Number);
                return true;
            }

            return false;
        }

        if (!IsCountable(s, number))
        {
            return false;
        }

        end = NounPhrase.End(s, number.End, allowSingular: number.Value == 1);
        candidate = new FigureCandidate(number.Start, Math.Max(end, number.End), number.Value, "count", FigureKind.Number);
        return true;
    }

    public static bool IsYear(TokenStream s, NumberMatch number) =>
        number.End == number.Start + 1 && s[number.Start].IsInteger && s[number.Start].Length == 4 &&
        (s[number.Start].Shape & (NumeralShape.Grouped | NumeralShape.LeadingZero)) == 0 && number.Value is >= 1800 and <= 2099;

    private static bool IsCountable(TokenStream s, NumberMatch number)
    {
        var first = number.Start;
        if (number.Form is NumberForm.Power or NumberForm.Fraction || number.Value < 0 || NotFigures.FollowsName(s, first))
        {
            return false;
        }

        // "Air Force One", "Zero Hedge": a capitalised number word inside a name.
        if (s.IsWordToken(first) && s.StartsUpper(first) && !s.IsAllUpper(first) &&
            (!NotFigures.SentenceStart(s, first) || (s.IsAnyWord(first, "one", "zero") && s.StartsUpper(number.End))))
        {
            return false;
        }

        // "13th", "2nd": an ordinal suffix or a unit glued on makes it no count.
        if (NumberFinder.IsGluedToUnit(s, number))
        {
            return false;
        }

        // "1 Donald Trump. 2 Ted Cruz.": numbering at the start of a line.
        if (s.IsNumeral(first) && (first == 0 || !s.SameLine(first - 1)) && (s.StartsUpper(number.End) || s.IsSymbol(number.End, '.') || s.IsSymbol(number.End, ')')))
        {
            return false;
        }

        // "the 757", "his 727": a bare numeral after a determiner names a model rather than counting.
        if (s.IsNumeral(first) && number.End == first + 1 && s.IsAnyWord(first - 1, "the", "his", "her", "their", "its", "a") &&
            !NounPhrase.IsPhraseWord(s, number.End) && !s.IsSymbol(number.End, ':'))
        {
            return false;
        }

        return !(number.End == first + 1 && s.IsAnyWord(first, "one", "zero") && !CountsOne(s, number));
    }

    // "one" counts only with a qualifier ("more than one child") or as "the/only one" + noun ("the one death row inmate").
    private static bool CountsOne(TokenStream s, NumberMatch number)
    {
        var i = number.Start;
        if (s.IsWord(i, "zero"))
        {
            return !s.IsAnyWord(i + 1, "tolerance", "sum", "hour");
        }

        if (s.IsAnyWord(i + 1, "of", "another", "who", "that", "which", "more", "day", "thing", "way", "time", "point", "side", "hand", "another's"))
        {
            return false;
        }

        if (NounPhrase.IsVerbLike(s.Span(i + 1)))
        {
            return false;
        }

        var qualified = s.IsAnyWord(i - 1, "than", "least", "most", "only", "exactly", "upon", "nearly", "almost");
        var definite = s.IsWord(i - 1, "the") && NounPhrase.IsPhraseWord(s, i + 1) && !s.StartsUpper(i + 1);
        return (qualified || definite) && NounPhrase.IsPhraseWord(s, i + 1);
    }
}
