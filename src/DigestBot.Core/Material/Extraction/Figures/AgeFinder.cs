namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// The age model: "29 years old", "ninety five years of age", "a 90 day old bill", "22-year-old", "87 yo",
/// "age 87".
/// </summary>
internal static class AgeFinder
{
    public static void Find(TokenStream s, List<RecognizedFigure> output)
    {
        var parser = new NumberParserOptions(false, false, false);
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsAnyWord(i, "age", "aged") && s.IsNumeral(i + 1) && s.SameLine(i) &&
                NumberParser.TryParse(s, i + 1, parser, out var after) && after.Form == NumberForm.Integer)
            {
                output.Add(new RecognizedFigure(FigureBuilder.Span(s, i, after.End), FigureKind.Age, after.Value, "Age", FigureBuilder.Format(after.Value)) { UnitCode = "years", CodeValue = after.Value });
                i = after.End - 1;
                continue;
            }

            if (!NumberFinder.MayStartNumber(s, i) || !NumberParser.TryParse(s, i, parser, out var number))
            {
                continue;
            }

            if (TryAgeUnit(s, number.End, out var unit, out var end))
            {
                output.Add(new RecognizedFigure(FigureBuilder.Span(s, number.Start, end), FigureKind.Age, number.Value, unit, FigureBuilder.Format(number.Value)) { UnitCode = "years", CodeValue = ToYears(number.Value, unit) });
                i = end - 1;
                continue;
            }

            i = number.End - 1;
        }
    }

    /// <summary>"years old", "-year-old", "months of age", "yo" after a number; the unit is "Year", "Month", "Week" or "Day".</summary>
    public static bool TryAgeUnit(TokenStream s, int i, out string unit, out int end)
    {
        unit = "";
        end = i;
        if (i <= 0 || !s.SameLine(i - 1))
        {
            return false;
        }

        if (s.IsAnyWord(i, "yo") || (s.IsWord(i, "y") && s.IsSymbol(i + 1, '.') && s.IsWord(i + 2, "o") && s.IsSymbol(i + 3, '.')))
        {
            unit = "Year";
            end = s.IsWord(i, "yo") ? i + 1 : i + 4;
            return true;
        }

        var at = s.IsDash(i) ? i + 1 : i;
        unit = TimeUnit(s, at);
        if (unit.Length == 0)
        {
            return false;
        }

        var next = at + 1;
        if (s.IsDash(next) && s.IsWord(next + 1, "old"))
        {
            end = next + 2;
            return true;
        }

        if (s.IsWord(next, "old") && at == i)
        {
            end = next + 1;
            return true;
        }

        if (s.IsWord(next, "of") && s.IsWord(next + 1, "age") && at == i)
        {
            end = next + 2;
            return true;
        }

        return false;
    }

    private static string TimeUnit(TokenStream s, int i) =>
        s.IsAnyWord(i, "year", "years") ? "Year"
        : s.IsAnyWord(i, "month", "months") ? "Month"
        : s.IsAnyWord(i, "week", "weeks") ? "Week"
        : s.IsAnyWord(i, "day", "days") ? "Day"
        : "";

    private static double ToYears(double value, string unit) => unit switch
    {
        "Month" => value / 12,
        "Week" => value / 52,
        "Day" => value / 365,
        _ => value,
    };
}
