namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Joins a whole amount and its minor units: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
/// "10 $ 30 cent". A bare second number ("15 dollars 50") is joined only when the options ask for it.
/// </summary>
internal static class MinorUnits
{
    public static double Merge(TokenStream s, ref int end, double value, NumberMatch whole, UnitDefinition unit, FigureRecognizerOptions options)
    {
        if (unit.Factor != 1 || whole.Form != NumberForm.Integer || value != Math.Floor(value) || whole.LastScale > 1 || !s.SameLine(end - 1))
        {
            return value;
        }

        var at = s.IsWord(end, "and") ? end + 1 : end;
        if (!(s.IsNumeral(at) && s[at].IsInteger) && !s.WordAt(at).IsCardinal)
        {
            return value;
        }

        if (!NumberParser.TryParse(s, at, new NumberParserOptions(false, false, false), out var minor) || minor.Value >= 100 ||
            minor.Form != NumberForm.Integer || NumberFinder.IsGluedToUnit(s, minor))
        {
            return value;
        }

        if (UnitLexicon.TryMatch(s, minor.End, FigureModels.Currency, out var minorUnit))
        {
            if (minorUnit.Unit.Factor != 0.01 || !s.SameLine(minor.End - 1))
            {
                return value;
            }

            end = minorUnit.End;
            return value + (minor.Value / 100);
        }

        if (!options.BareMinorUnits || s.IsSymbol(minor.End, '%') || s.IsSymbol(minor.End, '.') && s.IsNumeral(minor.End + 1))
        {
            return value;
        }

        end = minor.End;
        return value + (minor.Value / 100);
    }
}
