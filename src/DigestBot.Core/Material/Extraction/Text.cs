using System.Globalization;
using System.Text;

namespace DigestBot.Core.Material.Extraction;

/// <summary>Case- and accent-insensitive folding, so "Zelenskyy", "ZELENSKYY" and "Zelénskyy" compare equal.</summary>
public static class Text
{
    public static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= 256)
        {
            Span<char> buffer = stackalloc char[value.Length];
            if (TryFoldSimple(value, buffer))
            {
                return new string(buffer);
            }
        }

        return FoldSlow(value);
    }

    /// <summary>
    /// Folds <paramref name="value"/> into <paramref name="destination"/> (at least as long) when it is ASCII
    /// letters, digits and marks or curly apostrophes, the common case whose decomposed form is itself, so the
    /// result equals <see cref="Fold"/>'s without allocating. False for anything else: use <see cref="Fold"/>.
    /// </summary>
    internal static bool TryFoldSimple(ReadOnlySpan<char> value, Span<char> destination)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else if (c == '’')
            {
                destination[i] = '\'';
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static string FoldSlow(string value)
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
