using System.Globalization;
using System.Text;

namespace DigestBot.Core.Material.Extraction;

/// <summary>Case- and accent-insensitive folding, so "Zelenskyy", "ZELENSKYY" and "Zelénskyy" compare equal.</summary>
public static class Text
{
    public static string Fold(string value)
    {
        var normalized = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
