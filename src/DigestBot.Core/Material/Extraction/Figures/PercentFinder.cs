namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// The percentage model: "15%", "twenty percent", "100 percentage", "per cent of 210", and in percent mode
/// shares written as fractions ("one out of three", "1/4 of").
/// </summary>
internal static class PercentFinder
{
    public static void Find(TokenStream s, FigureRecognizerOptions options, List<RecognizedFigure> output)
    {
        var parser = new NumberParserOptions(OverFractions: false, OutOfFractions: options.PercentMode, LowerCaseMillion: false);
        for (var i = 0; i < s.Count; i++)
        {
            if (NumberFinder.MayStartNumber(s, i) && NumberParser.TryParse(s, i, parser, out var match))
            {
                if (TryPercentSign(s, match.End, out var end))
                {
                    output.Add(Percent(s, match.Start, end, match.Value));
                    i = end - 1;
                    continue;
                }

                if (options.PercentMode && match.Form == NumberForm.Fraction && !IsBareFraction(s, match))
                {
                    var withOf = s.IsWord(match.End, "of") ? match.End + 1 : match.End;
                    output.Add(Percent(s, match.Start, withOf, match.Value * 100));
                }

                i = match.End - 1;
                continue;
            }

            if (TryPercentWord(s, i, out var wordEnd))
            {
                if (s.IsWord(wordEnd, "of") && NumberParser.TryParse(s, wordEnd + 1, parser, out var after))
                {
                    output.Add(Percent(s, i, after.End, after.Value));
                    i = after.End - 1;
                }
                else if (options.UnitOnlyMentions)
                {
                    output.Add(new RecognizedFigure(FigureBuilder.Span(s, i, wordEnd), FigureKind.Percentage, null, null, "null"));
                    i = wordEnd - 1;
                }
            }
        }
    }

    /// <summary>A percent sign or word at token <paramref name="i"/>: "%", "percent", "per cent", "pct", "percentage".</summary>
    public static bool TryPercentSign(TokenStream s, int i, out int end)
    {
        end = i;
        if (i <= 0 || !s.SameLine(i - 1))
        {
            return false;
        }

        if (s.IsSymbol(i, '%'))
        {
            end = i + 1;
            return true;
        }

        return TryPercentWord(s, i, out end);
    }

    private static bool TryPercentWord(TokenStream s, int i, out int end)
    {
        end = i + 1;
        if (s.IsAnyWord(i, "percent", "percents", "percentage", "pct", "percentages"))
        {
            return true;
        }

        end = i + 2;
        return s.IsWord(i, "per") && s.IsWord(i + 1, "cent");
    }

    // In percent mode "one third" alone stays a fraction; a share needs "of" or "out of"/"in".
    private static bool IsBareFraction(TokenStream s, NumberMatch match) =>
        match.IsFractionWord && !s.IsWord(match.End, "of") ||
        (!match.HasWords && !s.IsWord(match.End, "of") && !s.IsWord(match.Start + 1, "in") && !s.IsWord(match.Start + 1, "out"));

    private static RecognizedFigure Percent(TokenStream s, int start, int end, double value) =>
        new(FigureBuilder.Span(s, start, end), FigureKind.Percentage, value, "%", FigureBuilder.Format(value) + "%") { UnitCode = "percent", CodeValue = value / 100 };
}
