namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// The plain number model: every cardinal, decimal, fraction and power in the text, except numerals glued to
/// a unit ("180ml") and the pronoun "one" ("which one", "the one you mentioned").
/// </summary>
internal static class NumberFinder
{
    public static void Find(TokenStream s, FigureRecognizerOptions options, List<RecognizedFigure> output)
    {
        var parser = new NumberParserOptions(OverFractions: true, OutOfFractions: !options.PercentMode, LowerCaseMillion: false)
        {
            InFractions = !options.ExperimentalMode,
        };
        for (var i = 0; i < s.Count; i++)
        {
            if (!MayStartNumber(s, i) || !NumberParser.TryParse(s, i, parser, out var match))
            {
                continue;
            }

            if (IsGluedToUnit(s, match) || IsPronounOne(s, match))
            {
                i = match.End - 1;
                continue;
            }

            output.Add(FigureBuilder.Number(s, match));
            i = match.End - 1;
        }
    }

    public static bool MayStartNumber(TokenStream s, int i)
    {
        var token = s[i];
        return token.Kind switch
        {
            TokenKind.Numeral => true,
            TokenKind.Symbol => token.Char is '-' or '−',
            _ => token.Word.IsNumber || s.IsAnyWord(i, "a", "an", "minus", "negative"),
        };
    }

    public static bool IsGluedToUnit(TokenStream s, NumberMatch match)
    {
        var last = match.End - 1;
        return s[last].Kind == TokenKind.Numeral && s.Adjacent(last) && s.IsWordToken(last + 1);
    }

    // "one" standing for a noun: "which one", "the one you mentioned", "that one is good", "one of them".
    public static bool IsPronounOne(TokenStream s, NumberMatch match)
    {
        if (match.End != match.Start + 1 || !s.IsWord(match.Start, "one"))
        {
            return false;
        }

        return s.IsAnyWord(match.Start - 1, "the", "that", "this", "which", "each", "every", "any", "no", "another", "someone", "anyone", "everyone", "a") ||
            s.IsAnyWord(match.Start + 1, "of", "another", "who", "whose", "else", "day");
    }
}
