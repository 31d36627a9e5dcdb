namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>Number reading tuned for news prose: no "over"/"out of" fractions, "m" is metres unless it is money.</summary>
internal static class NewsNumbers
{
    public static readonly NumberParserOptions Plain = new(OverFractions: false, OutOfFractions: false, LowerCaseMillion: false);

    public static readonly NumberParserOptions Money = new(OverFractions: false, OutOfFractions: false, LowerCaseMillion: true);

    public static bool TryParse(TokenStream s, int i, out NumberMatch match)
    {
        match = default;
        return NumberFinder.MayStartNumber(s, i) && !s.IsAnyWord(i, "minus", "negative") && NumberParser.TryParse(s, i, Plain, out match) &&
            !(s.IsDash(i) || s.IsSymbol(i, '−'));
    }

    public static bool IsSmallInteger(TokenStream s, NumberMatch match, double max) =>
        match.Form == NumberForm.Integer && match.Value >= 0 && match.Value <= max;
}
