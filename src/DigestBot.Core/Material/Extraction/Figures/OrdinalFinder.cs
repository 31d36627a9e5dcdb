namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// The ordinal model: "first", "21st", "twenty-fifth", and unless suppressed the relative ordinals ("next",
/// "last", "penultimate", "next to last", "previous one").
/// </summary>
internal static class OrdinalFinder
{
    public static void Find(TokenStream s, FigureRecognizerOptions options, List<RecognizedFigure> output)
    {
        for (var i = 0; i < s.Count; i++)
        {
            // "the second to last" is one relative ordinal, not "second" and "last".
            var relativeFirst = s.IsWord(i + 1, "to") && s.IsWord(i + 2, "last");
            if (!relativeFirst && OrdinalParser.TryParse(s, i, out var match))
            {
                // "a trillionth" is a fraction, not a rank.
                if (!(match.Value >= 100 && match.HasWords && s.IsAnyWord(match.Start - 1, "a", "an") && match.Start == i))
                {
                    output.Add(new RecognizedFigure(FigureBuilder.Span(s, match.Start, match.End), FigureKind.Ordinal, match.Value, null, FigureBuilder.Format(match.Value)));
                }

                i = match.End - 1;
                continue;
            }

            if (!options.SuppressExtendedTypes && TryRelative(s, i, out var end, out var value, out var start))
            {
                output.Add(new RecognizedFigure(FigureBuilder.Span(s, start, end), FigureKind.Ordinal, null, null, value) { IsRelative = true });
                i = end - 1;
            }
        }
    }

    private static bool TryRelative(TokenStream s, int i, out int end, out string value, out int start)
    {
        start = i;
        end = i + 1;
        value = "";
        if (s.IsWord(i, "one") && s.IsWord(i - 1, "the") && s.IsWord(i + 1, "before") && s.IsWord(i + 2, "the") && s.IsWord(i + 3, "last"))
        {
            start = i - 1;
            end = s.IsWord(i + 4, "one") ? i + 5 : i + 4;
            value = "end-1";
            return true;
        }

        if (s.IsWord(i, "second") && s.IsWord(i + 1, "to") && s.IsWord(i + 2, "last"))
        {
            start = s.IsWord(i - 1, "the") ? i - 1 : i;
            end = i + 3;
            value = "end-1";
            return true;
        }

        if (s.IsWord(i, "next") && s.IsWord(i + 1, "to") && s.IsWord(i + 2, "last"))
        {
            end = i + 3;
            value = "end-1";
            return true;
        }

        value = s.IsWord(i, "last") ? "end+0"
            : s.IsWord(i, "next") ? "current+1"
            : s.IsWord(i, "previous") ? "current-1"
            : s.IsWord(i, "current") ? "current+0"
            : s.IsWord(i, "penultimate") ? "end-1"
            : s.IsWord(i, "antepenultimate") ? "end-2"
            : "";
        if (value.Length == 0)
        {
            return false;
        }

        // "the next one." counts "one" in; "the last one books" does not.
        if (s.IsWord(i + 1, "one") && !s.IsWordToken(i + 2) && !s.IsNumeral(i + 2) && !s.IsWord(i, "last"))
        {
            end = i + 2;
        }

        return true;
    }
}
