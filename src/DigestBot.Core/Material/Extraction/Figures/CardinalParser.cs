namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Reads a cardinal written in words, digits or both ("two hundred and two thousand", "4 thousand 3 hundred
/// and 21", "twenty-one trillion three hundred") with a small grammar: each word must be allowed after the
/// previous one, otherwise the number ends there ("twenty twenty" is two numbers). Linear, no backtracking
/// beyond one step before a dangling "and" ("3 hundred and 2 hundred" is two numbers).
/// </summary>
internal static class CardinalParser
{
    private enum Step : byte
    {
        Start,
        Digits,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Dozen,
        And,
        Article,
    }

    public static bool TryParse(TokenStream s, int start, bool allowOrdinalEnd, out Cardinal result)
    {
        result = default;
        double total = 0, group = 0, lastSmall = 0, lastScale = double.MaxValue;
        bool groupHundred = false, hasWords = false, afterAnd = false, endsWithScale = false;
        var prev = Step.Start;
        var prevBeforeAnd = Step.Start;
        int bestEnd = -1, andIndex = -1, beforeAndEnd = -1;
        double bestValue = 0, beforeAndValue = 0, afterAndValue = 0;
        bool bestOrdinal = false, bestPlural = false, bestEndsWithScale = false;
        var j = start;
        while (j < s.Count)
        {
            var token = s[j];
            if (token.Kind == TokenKind.Numeral)
            {
                if (!AcceptsDigits(token, prev, prevBeforeAnd, lastScale))
                {
                    break;
                }

                group += token.Value;
                lastSmall = token.Value;
                afterAnd = prev == Step.And;
                if (afterAnd)
                {
                    afterAndValue = token.Value;
                }

                prev = Step.Digits;
                endsWithScale = false;
                j++;
                Record(j);
                continue;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                // "twenty-one", "ninety - five": a dash only joins tens and units.
                if (prev == Step.Tens && s.IsDash(j) && s.WordAt(j + 1).Class == WordClass.Unit &&
                    (allowOrdinalEnd || !s.WordAt(j + 1).IsOrdinal))
                {
                    j++;
                    continue;
                }

                break;
            }

            var word = token.Word;
            if (!word.IsNumber)
            {
                if (prev is Step.Hundred or Step.Scale && s.IsWord(j, "and") && StartsSmallNumber(s, j + 1))
                {
                    beforeAndEnd = bestEnd;
                    beforeAndValue = bestValue;
                    prevBeforeAnd = prev;
                    andIndex = j;
                    prev = Step.And;
                    j++;
                    continue;
                }

                if (prev == Step.Start && s.IsAnyWord(j, "a", "an") && s.WordAt(j + 1) is { IsOrdinal: false, Class: WordClass.Hundred or WordClass.Scale or WordClass.Dozen })
                {
                    group = 1;
                    lastSmall = 1;
                    prev = Step.Article;
                    j++;
                    continue;
                }

                break;
            }

            if ((word.IsOrdinal && !allowOrdinalEnd) || word.Class is WordClass.Half or WordClass.Quarter)
            {
                break;
            }

            if (!Accepts(word, prev, groupHundred, lastScale, total + group))
            {
                if (word.Class is WordClass.Hundred or WordClass.Scale or WordClass.Dozen && afterAnd && beforeAndEnd > 0)
                {
                    bestEnd = beforeAndEnd;
                    bestValue = beforeAndValue;
                    andIndex = -1;
                }

                break;
            }

            var wasAnd = prev == Step.And;
            switch (word.Class)
            {
                case WordClass.Zero:
                    prev = Step.Unit;
                    break;
                case WordClass.Unit or WordClass.Teen or WordClass.Tens:
                    lastSmall = prev == Step.Tens ? lastSmall + word.Value : word.Value;
                    group += word.Value;
                    prev = word.Class switch { WordClass.Unit => Step.Unit, WordClass.Teen => Step.Teen, _ => Step.Tens };
                    break;
                case WordClass.Hundred:
                    group = (group == 0 ? 1 : group) * 100;
                    groupHundred = true;
                    lastSmall = group;
                    prev = Step.Hundred;
                    break;
                case WordClass.Scale:
                    total += (group == 0 ? 1 : group) * word.Value;
                    group = 0;
                    lastSmall = 0;
                    lastScale = word.Value;
                    groupHundred = false;
                    prev = Step.Scale;
                    break;
                case WordClass.Dozen:
                    group += lastSmall * 11;
                    prev = Step.Dozen;
                    break;
            }

            afterAnd = wasAnd || (afterAnd && prev == Step.Unit && !word.IsOrdinal);
            if (wasAnd)
            {
                afterAndValue = word.Value;
            }
            else if (afterAnd)
            {
                afterAndValue += word.Value;
            }

            endsWithScale = prev == Step.Scale;
            hasWords = true;
            j++;
            if (word.IsOrdinal)
            {
                Record(j);
                bestOrdinal = true;
                bestPlural = word.IsPlural;
                break;
            }

            Record(j);
            if (word.Class == WordClass.Zero)
            {
                break;
            }
        }

        if (bestEnd < 0)
        {
            return false;
        }

        var trailingAnd = andIndex >= 0 && andIndex < bestEnd && afterAnd && !bestOrdinal;
        result = new Cardinal(start, bestEnd, bestValue, hasWords, bestOrdinal, bestPlural, lastScale == double.MaxValue ? 1 : lastScale,
            trailingAnd ? andIndex : -1, trailingAnd ? beforeAndValue : 0, trailingAnd ? afterAndValue : 0)
        {
            EndsWithScale = bestEndsWithScale,
        };
        return true;

        void Record(int end)
        {
            bestEnd = end;
            bestValue = total + group;
            bestEndsWithScale = endsWithScale;
        }
    }

    private static bool AcceptsDigits(Token token, Step prev, Step prevBeforeAnd, double lastScale)
    {
        if ((token.Shape & NumeralShape.VulgarFraction) != 0)
        {
            return false;
        }

        if (prev == Step.Start)
        {
            return true;
        }

        if (!token.IsInteger)
        {
            return false;
        }

        return prev switch
        {
            Step.Scale => token.Value < lastScale,
            Step.And => token.Value < (prevBeforeAnd == Step.Scale ? lastScale : 100),
            _ => false,
        };
    }

    private static bool Accepts(NumberWord word, Step prev, bool groupHundred, double lastScale, double soFar) => word.Class switch
    {
        WordClass.Zero => prev == Step.Start,
        WordClass.Unit => prev is Step.Start or Step.Tens or Step.Hundred or Step.Scale or Step.And,
        WordClass.Teen or WordClass.Tens => prev is Step.Start or Step.Hundred or Step.Scale or Step.And,
        WordClass.Hundred => !groupHundred && prev is Step.Start or Step.Unit or Step.Teen or Step.Tens or Step.Digits or Step.Article,
        WordClass.Scale => word.Value < lastScale && (soFar > 0 || word.IsOrdinal) &&
            prev is Step.Start or Step.Unit or Step.Teen or Step.Tens or Step.Digits or Step.Hundred or Step.Article or Step.Dozen &&
            (prev != Step.Start || word.IsOrdinal),
        WordClass.Dozen => prev is Step.Unit or Step.Teen or Step.Tens or Step.Digits or Step.Article,
        _ => false,
    };

    private static bool StartsSmallNumber(TokenStream s, int index) =>
        (s.IsNumeral(index) && s[index].IsInteger) ||
        s.WordAt(index) is { IsOrdinal: false, Class: WordClass.Unit or WordClass.Teen or WordClass.Tens };
}
