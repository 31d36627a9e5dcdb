namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Walks the tokens of an article once and, at each token, tries the figure patterns from the most specific
/// (dates to skip, vague quantities, money, shares, votes, multipliers, ordinals, durations) to the most
/// general (measures, years, counts). A figure's tokens are consumed, so figures never overlap.
/// </summary>
internal static class NewsFigureScanner
{
    public static List<FigureCandidate> Scan(TokenStream s)
    {
        var found = new List<FigureCandidate>(Math.Max(4, s.Count / 32));
        var dateEnd = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (!MayStartFigure(s, i))
            {
                continue;
            }

            var tagEnd = NotFigures.TagEnd(s, i);
            if (tagEnd > i)
            {
                i = tagEnd - 1;
                continue;
            }

            if (NotFigures.TryDateOrTime(s, i, out var skip) || IsDateContinuation(s, i, dateEnd, out skip))
            {
                dateEnd = skip;
                i = skip - 1;
                continue;
            }

            var before = found.Count;
            var end = TryAt(s, i, found);
            if (end > i)
            {
                for (var k = before; k < found.Count; k++)
                {
                    found[k] = Qualify(s, found[k], k > 0 ? found[k - 1].End : 0);
                }

                i = Math.Max(end, found.Count > 0 ? found[^1].End : end) - 1;
            }
        }

        return found;
    }

    // Most tokens are ordinary words: one cheap test keeps them away from the pattern battery.
    private static bool MayStartFigure(TokenStream s, int i)
    {
        var token = s[i];
        switch (token.Kind)
        {
            case TokenKind.Numeral:
                return true;
            case TokenKind.Symbol:
                return token.Char == '<' || char.GetUnicodeCategory(token.Char) == System.Globalization.UnicodeCategory.CurrencySymbol;
        }

        if (token.Word.IsNumber || token.Word.IsTrigger)
        {
            return true;
        }

        // "mid-30s", "EUR 5", "a decade", "a quarter", "threefold".
        if (s.IsDash(i + 1) && s.IsNumeral(i + 2))
        {
            return true;
        }

        var next = s.WordAt(i + 1);
        var length = token.Length;
        return (length == 3 && s.IsAllUpper(i)) ||
            (length <= 2 && (next.IsNumber || s.IsWord(i + 1, "decade")) && s.IsAnyWord(i, "a", "an")) ||
            (length > 4 && s.Span(i).EndsWith("fold", StringComparison.OrdinalIgnoreCase));
    }

    // "Sept. 19 to 22", "July 25-28": the second day of a date range is a date too.
    private static bool IsDateContinuation(TokenStream s, int i, int dateEnd, out int end)
    {
        end = i + 1;
        return dateEnd == i - 1 && s.IsNumeral(i) && s[i].Value <= 31 && (s.IsAnyWord(i - 1, "to", "and", "through") || s.IsDash(i - 1));
    }

    private static FigureCandidate Qualify(TokenStream s, FigureCandidate candidate, int previousEnd)
    {
        if (candidate.Kind is FigureKind.Year or FigureKind.Date || candidate.Unit == "votes")
        {
            return candidate;
        }

        var qualified = Qualifiers.Attach(s, candidate, candidate.Kind == FigureKind.Duration);
        return qualified.Start < previousEnd ? qualified with { Start = candidate.Start, Qualifier = candidate.Qualifier } : qualified;
    }

    /// <summary>Adds the figures starting at token <paramref name="i"/> and returns the token after them, or <paramref name="i"/>.</summary>
    private static int TryAt(TokenStream s, int i, List<FigureCandidate> found)
    {
        if (ShareFigures.TryDecadeOfScale(s, i, out var candidate, out var isDate))
        {
            return Add(found, candidate);
        }

        if (isDate || NotFigures.IsDecadeDate(s, i, out _) && !s.IsSymbol(i - 1, '$'))
        {
            return NotFigures.IsDecadeDate(s, i, out var decadeEnd) ? decadeEnd : i + 1;
        }

        if (NotFigures.IsCodeOrName(s, i))
        {
            return i + 1;
        }

        if (VagueFigures.TryAt(s, i, out candidate) || MoneyFigures.TryPrefixed(s, i, out candidate) ||
            TimeFigures.TryAge(s, i, out candidate) || TimeFigures.TryDecade(s, i, out candidate) ||
            RelationFigures.TryMultiplierWord(s, i, out candidate) || ShareFigures.TryWord(s, i, out candidate))
        {
            return Add(found, candidate);
        }

        if (RelationFigures.TryVotes(s, i, found, out var votesEnd))
        {
            return votesEnd;
        }

        if (OrdinalFigures.TryAt(s, i, out candidate))
        {
            return Add(found, candidate);
        }

        if (!NewsNumbers.TryParse(s, i, out var number) || number.Start != i)
        {
            return i;
        }

        if (MoneyFigures.TrySuffixed(s, number, out candidate) || ShareFigures.TryAfterNumber(s, number, out candidate) ||
            RelationFigures.TryRatio(s, number, out candidate) || RelationFigures.TryTimes(s, number, out candidate) ||
            TimeFigures.TryAfterNumber(s, number, out candidate) || CountFigures.TryAfterNumber(s, number, out candidate))
        {
            return Add(found, candidate);
        }

        return number.End;
    }

    private static int Add(List<FigureCandidate> found, FigureCandidate candidate)
    {
        found.Add(candidate);
        return candidate.End;
    }
}
