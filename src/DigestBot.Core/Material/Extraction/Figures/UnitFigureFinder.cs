namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Currency, dimension and temperature models: a number with a unit after it ("25 pounds", "3-inch",
/// "20 (kg)", "115USD") or a currency before it ("$ 280 million", "c $ 16.4 million", "USD 200", "MAUD 60"),
/// with compound amounts ("5 feet 2 inches", "3 dollars 50 cents").
/// </summary>
internal static class UnitFigureFinder
{
    public static void Find(TokenStream s, FigureRecognizerOptions options, List<RecognizedFigure> output)
    {
        var models = options.Models & (FigureModels.Currency | FigureModels.Dimension | FigureModels.Temperature);
        if (models == FigureModels.None)
        {
            return;
        }

        var plain = new NumberParserOptions(false, false, false);
        var money = new NumberParserOptions(false, false, true);
        for (var i = 0; i < s.Count; i++)
        {
            if (models.HasFlag(FigureModels.Currency) && TryPrefixed(s, i, money, options, out var figure, out var end))
            {
                output.Add(figure);
                i = end - 1;
                continue;
            }

            if (NumberFinder.MayStartNumber(s, i) && NumberParser.TryParse(s, i, plain, out var match))
            {
                if (TrySuffixed(s, match, models, options, out figure, out end))
                {
                    output.Add(figure);
                    i = end - 1;
                }
                else
                {
                    i = match.End - 1;
                }

                continue;
            }

            if (options.UnitOnlyMentions && UnitLexicon.TryMatch(s, i, models, out var bare) && bare.Alias.Bare)
            {
                output.Add(new RecognizedFigure(FigureBuilder.Span(s, bare.Start, bare.End), bare.Unit.Kind, null, bare.Unit.Name, "null"));
                i = bare.End - 1;
            }
        }
    }

    private static bool TryPrefixed(TokenStream s, int i, NumberParserOptions parser, FigureRecognizerOptions options, out RecognizedFigure figure, out int end)
    {
        figure = null!;
        end = i;
        double factor = 1;
        UnitDefinition unit;
        int numberStart;
        if (UnitLexicon.TryMatch(s, i, FigureModels.Currency, out var prefix))
        {
            unit = prefix.Unit;
            numberStart = prefix.End;
        }
        else if (MillionCurrency.TryRead(s, i, out var millionUnit))
        {
            unit = millionUnit;
            factor = 1e6;
            numberStart = i + 1;
        }
        else
        {
            return false;
        }

        if (!s.IsNumeral(numberStart) && !s.WordAt(numberStart).IsCardinal || !s.SameLine(numberStart - 1) ||
            !NumberParser.TryParse(s, numberStart, parser, out var number) || NumberFinder.IsGluedToUnit(s, number))
        {
            return false;
        }

        var value = number.Value * factor;
        end = number.End;

        // "$ 10 dollars", "dollar 22.5 million": a repeated name after the number belongs to the amount.
        if (UnitLexicon.TryMatch(s, end, FigureModels.Currency, out var repeat) && repeat.Unit.Code == unit.Code && repeat.Unit.Factor == unit.Factor &&
            !s.IsNumeral(repeat.End))
        {
            end = repeat.End;
        }

        value = MinorUnits.Merge(s, ref end, value, number, unit, options);
        figure = Make(s, i, end, unit, value);
        return true;
    }

    private static bool TrySuffixed(TokenStream s, NumberMatch number, FigureModels models, FigureRecognizerOptions options, out RecognizedFigure figure, out int end)
    {
        figure = null!;
        end = number.End;
        if (!TryUnitAfter(s, number, models, out var unit, out var unitEnd, out var factor))
        {
            return false;
        }

        if (unit.Kind != FigureKind.Currency && IsCode(s, number.Start))
        {
            return false;
        }

        var value = number.Value * factor;
        end = unitEnd;

        // "75 USD million"
        if (unit.Kind == FigureKind.Currency && s.WordAt(end) is { Class: WordClass.Scale, IsOrdinal: false } scale && s.SameLine(end - 1))
        {
            value *= scale.Value;
            end++;
        }

        if (unit.Kind == FigureKind.Currency)
        {
            value = MinorUnits.Merge(s, ref end, value, number, unit, options);
        }
        else if (unit.Name == "Foot")
        {
            value = FeetAndInches.Merge(s, ref end, value);
        }

        figure = Make(s, number.Start, end, unit, value);
        return true;
    }

    /// <summary>The unit right after a number: "25 pounds", "200lbs", "3-inch", "20 (kg)", "30 MUSD".</summary>
    public static bool TryUnitAfter(TokenStream s, NumberMatch number, FigureModels models, out UnitDefinition unit, out int end, out double factor)
    {
        unit = null!;
        end = number.End;
        factor = 1;
        var at = number.End;
        if (at >= s.Count || !s.SameLine(at - 1))
        {
            return false;
        }

        var closer = '\0';
        if (s.IsDash(at) && s.Adjacent(at - 1) && s.Adjacent(at))
        {
            at++;
        }
        else if ((s.IsSymbol(at, '(') || s.IsSymbol(at, '<')) && s.SameLine(at))
        {
            closer = s.IsSymbol(at, '(') ? ')' : '>';
            at++;
        }

        if (UnitLexicon.TryMatch(s, at, models, out var match))
        {
            if (!AcceptsSpacing(s, number, match) || (s.Adjacent(match.End - 1) && s.IsNumeral(match.End)))
            {
                return false;
            }

            unit = match.Unit;
            end = match.End;
        }
        else if (models.HasFlag(FigureModels.Currency) && MillionCurrency.TryRead(s, at, out var million))
        {
            unit = million;
            factor = 1e6;
            end = at + 1;
        }
        else
        {
            return false;
        }

        if (closer != '\0')
        {
            if (!s.IsSymbol(end, closer))
            {
                return false;
            }

            end++;
        }

        return true;
    }

    // Single-letter units ("t", "g", "l") must touch the number; "m" may stand apart ("1 m x 1 m").
    private static bool AcceptsSpacing(TokenStream s, NumberMatch number, UnitMatch unit)
    {
        var glued = s.Adjacent(unit.Start - 1) || s.IsDash(unit.Start - 1) || s.IsSymbol(unit.Start - 1, '(') || s.IsSymbol(unit.Start - 1, '<');
        var alias = unit.Alias;
        return glued || alias.Parts.Length > 1 || alias.Parts[0].Length > 1 || alias.Parts[0] == "m" || !char.IsLetter(alias.Parts[0][0]) || number.HasWords;
    }

    // "SCP-173", "scp173m": a numeral glued to letters before it is a code, not a measure.
    private static bool IsCode(TokenStream s, int start) =>
        (s.Adjacent(start - 1) && s.IsWordToken(start - 1)) ||
        (s.IsDash(start - 1) && s.Adjacent(start - 1) && s.Adjacent(start - 2) && s.IsWordToken(start - 2));

    private static RecognizedFigure Make(TokenStream s, int start, int end, UnitDefinition unit, double value) =>
        new(FigureBuilder.Span(s, start, end), unit.Kind, value, unit.Name, FigureBuilder.Format(value)) { UnitCode = unit.Code, CodeValue = value * unit.Factor };
}
