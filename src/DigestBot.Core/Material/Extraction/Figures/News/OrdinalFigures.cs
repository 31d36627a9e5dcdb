namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Ordinals that place something in a counted series: "third anniversary", "first debate", "second-largest",
/// "ranks fourth", "the first of the debates". "First" meaning initial or earliest ("for the first time",
/// "the first black senator", "first lady") is not a figure, nor are names ("Second Amendment").
/// </summary>
internal static class OrdinalFigures
{
    private static readonly string[] SeriesNouns =
    [
        "debate", "debates", "performance", "anniversary", "round", "term", "ballot", "game", "inning", "season", "place",
        "primary", "caucus", "vote", "attempt", "trial", "episode", "straight", "consecutive", "time",
    ];

    private static readonly string[] NotSeries =
    [
        "hand", "thought", "thoughts", "guess", "nature", "party", "parties", "person", "world", "amendment", "class", "string",
        "fiddle", "opinion", "look", "chance", "wind", "lady", "cousin", "grade", "grader", "graders", "percentile",
    ];

    public static bool TryAt(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        if (!OrdinalParser.TryParse(s, i, out var ordinal) || ordinal.Value < 1 || ordinal.Value > 1000)
        {
            return false;
        }

        var end = ordinal.End;
        if ((s.StartsUpper(i) && !s.IsAllUpper(i) && !NotFigures.SentenceStart(s, i)) || s.StartsUpper(end) && !s.IsAdjacentDash(end) || s.IsAnyWord(end, NotSeries) ||
            s.IsSymbol(end, '”') || s.IsSymbol(end, '"') || s.IsSymbol(end, '’') || s.IsSymbol(end, '\'') || s.IsAnyWord(i - 1, "one", "split", "per", "every", "each") ||
            (s.IsAnyWord(i - 1, "a", "an") && !NounPhrase.IsPhraseWord(s, end)))
        {
            return false;
        }

        // "second-largest", "second-ever": the hyphenated word belongs to the rank.
        if (s.IsAdjacentDash(end) && s.Adjacent(end) && s.IsWordToken(end + 1))
        {
            if (ordinal.Value == 1 || s.IsAnyWord(end + 1, "hand", "guess", "rate", "class", "degree"))
            {
                return false;
            }

            end = NounPhrase.End(s, end + 2, allowSingular: true);
            end = Math.Max(end, ordinal.End + 2);
            candidate = new FigureCandidate(i, end, ordinal.Value, "ordinal", FigureKind.Ordinal);
            return true;
        }

        // "first" and digit ordinals ("13th", "21st") are mostly initial, names or dates unless a series noun follows.
        var series = SeriesEnd(s, end);
        var firstNounUse = ordinal.Value == 1 && IsNounUse(s, i, end);
        if ((ordinal.Value == 1 || !ordinal.HasWords) && series < 0 && !firstNounUse)
        {
            return false;
        }

        if (s.IsWord(end, "time") && ordinal.Value == 1 || (series < 0 && !firstNounUse && s.IsNumeral(end)))
        {
            return false;
        }

        candidate = new FigureCandidate(i, series > 0 ? series : end, ordinal.Value, "ordinal", FigureKind.Ordinal);
        return true;
    }

    // Up to two modifiers, then a series noun: "first presidential debate", "third anniversary".
    private static int SeriesEnd(TokenStream s, int i)
    {
        for (var k = i; k < i + 3; k++)
        {
            if (s.IsAnyWord(k, SeriesNouns) && !(s.IsWord(k, "time") && k > i))
            {
                return s.IsAnyWord(k, "straight", "consecutive") ? Math.Max(k + 1, NounPhrase.End(s, k + 1, allowSingular: true)) : k + 1;
            }

            if (!NounPhrase.IsPhraseWord(s, k) || s.StartsUpper(k) && !s.IsAllUpper(k))
            {
                return -1;
            }
        }

        return -1;
    }

    // "the first of the debates", "Trump's first against a single opponent": "first" used as a noun.
    private static bool IsNounUse(TokenStream s, int i, int end)
    {
        var determiner = s.IsAnyWord(i - 1, "the", "his", "her", "their", "its", "our", "your") || s.IsWord(i - 1, "s") && (s.IsSymbol(i - 2, '’') || s.IsSymbol(i - 2, '\''));
        return determiner && s.IsAnyWord(end, "of", "against", "since", "versus") && !s.IsWord(end + 1, "all");
    }
}
