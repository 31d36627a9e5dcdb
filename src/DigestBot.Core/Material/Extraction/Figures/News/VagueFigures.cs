namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Vague quantities: "thousands of civilian deaths", "millions", "billions of dollars", "tens of thousands",
/// "hundreds of billions of dollars", "several hundred guests", "dozens of officials", "decades", "six figures".
/// The value is the order of magnitude the words name ("thousands" = 1000) with the qualifier
/// "order of magnitude"; "six figures" is at least 100,000.
/// </summary>
internal static class VagueFigures
{
    public const string OrderOfMagnitude = "order of magnitude";

    public static bool TryAt(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        if (TryFigures(s, i, out candidate))
        {
            return true;
        }

        if (s.IsWord(i, "decades") && !s.IsAdjacentDash(i - 1))
        {
            candidate = new FigureCandidate(i, i + 1, 10, "years", FigureKind.Duration) { Vague = true, Qualifier = OrderOfMagnitude };
            return true;
        }

        var end = i;
        double value;
        if (s.IsAnyWord(i, "tens", "hundreds") && s.IsWord(i + 1, "of") && PluralScale(s, i + 2) is > 0 and var inner)
        {
            value = (s.IsWord(i, "tens") ? 10 : 100) * inner;
            end = i + 3;
        }
        else if (PluralScale(s, i) is > 0 and var scale)
        {
            value = scale;
            end = i + 1;
        }
        else if (s.IsWord(i, "several") && s.WordAt(i + 1) is { Class: WordClass.Hundred or WordClass.Scale, IsOrdinal: false, IsPlural: false } several)
        {
            value = several.Value;
            end = i + 2;
        }
        else
        {
            return false;
        }

        // "hundreds of billions of dollars": a second scale multiplies.
        if (s.IsWord(end, "of") && PluralScale(s, end + 1) is > 0 and var outer)
        {
            value *= outer;
            end += 2;
        }

        var unit = "count";
        if (s.IsWord(end, "of") && s.IsAnyWord(end + 1, "dollars", "euros", "pounds"))
        {
            unit = s.IsWord(end + 1, "dollars") ? "USD" : s.IsWord(end + 1, "euros") ? "EUR" : "GBP";
            end += 2;
        }
        else if (s.IsWord(end, "of"))
        {
            end = NounPhrase.OfPhraseEnd(s, end);
        }
        else
        {
            end = Math.Max(end, NounPhrase.End(s, end, allowSingular: false));
        }

        candidate = new FigureCandidate(i, end, value, unit, unit == "count" ? FigureKind.Number : FigureKind.Currency)
        {
            Vague = true,
            Qualifier = OrderOfMagnitude,
        };
        return true;
    }

    // "dozens" 12, "hundreds" 100, "thousands" 1000 … (plural scale words only).
    private static double PluralScale(TokenStream s, int i)
    {
        var word = s.WordAt(i);
        if (!s.IsWordToken(i) || word.IsOrdinal || !s.Span(i).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return word.Class switch
        {
            WordClass.Hundred or WordClass.Scale => word.Value,
            WordClass.Dozen when s.IsWord(i, "dozens") => 12,
            _ => 0,
        };
    }

    // "six figures" = at least 100,000 (a six-digit sum of money).
    private static bool TryFigures(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        var digits = s.WordAt(i);
        if (digits is not { Class: WordClass.Unit, IsOrdinal: false } || digits.Value < 4 || !s.IsWord(i + 1, "figures"))
        {
            return false;
        }

        candidate = new FigureCandidate(i, i + 2, Math.Pow(10, digits.Value - 1), "USD", FigureKind.Currency)
        {
            Vague = true,
            Qualifier = Qualifiers.AtLeast,
        };
        return true;
    }
}
