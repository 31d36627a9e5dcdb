namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Abbreviated multipliers after a numeral: "10k", "1.5bn", "2.33 k", "10M", "1MM", "2mil", "10 bln". A lone
/// lower-case "m" is metres unless the caller knows it is money ("$2m").
/// </summary>
internal static class MultiplierSuffix
{
    public static double Read(TokenStream s, int i, bool lowerCaseMillion, out int end)
    {
        end = i;
        if (!s.IsWordToken(i) || !s.SameLine(i - 1))
        {
            return 0;
        }

        var adjacent = s.Adjacent(i - 1);
        var span = s.Span(i);
        double scale = span switch
        {
            "k" or "K" => 1e3,
            "M" or "MM" or "mil" or "mln" or "Mil" => 1e6,
            "m" or "mn" => lowerCaseMillion ? 1e6 : 0,
            "G" => 1e9,
            "b" or "B" => adjacent || lowerCaseMillion ? 1e9 : 0,
            "bn" or "Bn" or "BN" or "bln" or "Bln" => 1e9,
            "tn" or "tln" or "Tn" or "trn" => 1e12,
            _ => 0,
        };
        if (scale == 0)
        {
            return 0;
        }

        // A spaced single letter is only a multiplier at the end of a phrase ("2.33 k."), not "5 K Street".
        if (!adjacent && span.Length == 1 && s.IsWordToken(i + 1) && s.SameLine(i))
        {
            return 0;
        }

        end = i + 1;
        return scale;
    }
}
