namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Finance shorthand for millions: "MUSD", "MEUR", "MGBP", "MAUD" (an upper-case M before an ISO code).</summary>
internal static class MillionCurrency
{
    public static bool TryRead(TokenStream s, int i, out UnitDefinition unit)
    {
        unit = null!;
        if (!s.IsWordToken(i) || s[i].Length != 4 || !s.IsAllUpper(i) || s.Text[s[i].Start] != 'M')
        {
            return false;
        }

        var code = s.Span(i)[1..].ToString();
        using var inner = TokenStream.Of(code);
        if (!UnitLexicon.TryMatch(inner, 0, FigureModels.Currency, out var match) || match.End != 1)
        {
            return false;
        }

        unit = match.Unit;
        return true;
    }
}
