namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>"5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches" read as one length in feet.</summary>
internal static class FeetAndInches
{
    public static double Merge(TokenStream s, ref int end, double feet)
    {
        var at = s.IsWord(end, "and") ? end + 1 : end;
        if (!s.IsNumeral(at) || !s.SameLine(at - 1) || s[at].Value >= 12 || !s.IsAnyWord(at + 1, "in", "inch", "inches"))
        {
            return feet;
        }

        end = at + 2;
        return feet + (s[at].Value / 12);
    }
}
