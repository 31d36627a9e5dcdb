namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// The number-range model: "between 20 and 30", "from 200 to 300", "1000-5000", "more than 30", "no less than
/// thirty", "500 or more", "&gt;= 30", and two opposite bounds joined ("greater than 100 and smaller than 300").
/// Values render in interval notation: "[20,30)", "(30,)".
/// </summary>
internal static class RangeFinder
{
    public static void Find(TokenStream s, FigureRecognizerOptions options, List<RecognizedFigure> output)
    {
        var parser = new NumberParserOptions(OverFractions: false, OutOfFractions: !options.ExperimentalMode, LowerCaseMillion: false);
        for (var i = 0; i < s.Count; i++)
        {
            if (TryBetween(s, i, parser, options, out var figure, out var end) ||
                TryBounded(s, i, parser, out figure, out end) ||
                TrySymbol(s, i, parser, out figure, out end) ||
                TryNumberFirst(s, i, parser, out figure, out end))
            {
                output.Add(figure);
                i = end - 1;
            }
        }
    }

    private static bool TryBetween(TokenStream s, int i, NumberParserOptions parser, FigureRecognizerOptions options, out RecognizedFigure figure, out int end)
    {
        figure = null!;
        end = i;
        var between = s.IsWord(i, "between");
        if (!between && !s.IsWord(i, "from"))
        {
            return false;
        }

        if (!TryValue(s, i + 1, parser, out var low, out var lowEnd))
        {
            return false;
        }

        var joinOk = between ? s.IsWord(lowEnd, "and") : s.IsAnyWord(lowEnd, "to", "through", "till", "until") || s.IsDash(lowEnd);
        if (!joinOk || !TryValue(s, lowEnd + 1, parser, out var high, out end) || high <= low)
        {
            return false;
        }

        figure = Make(s, i, end, low, true, high, options.ExperimentalMode);
        return true;
    }

    private static bool TryBounded(TokenStream s, int i, NumberParserOptions parser, out RecognizedFigure figure, out int end)
    {
        figure = null!;
        end = i;
        if (!TryPrefixBound(s, i, parser, out var first))
        {
            return false;
        }

        end = first.End;
        var join = s.IsAnyWord(end, "and", "but") || s.IsSymbol(end, ',') ? end + 1 : -1;
        if (join > 0 && TryPrefixBound(s, join, parser, out var second) && Opposite(first, second, out var low, out var high))
        {
            end = second.End;
            figure = new RecognizedFigure(FigureBuilder.Span(s, i, end), FigureKind.Range, low.Value, null,
                FigureBuilder.Interval(low.Value, low.Inclusive, high.Value, high.Inclusive)) { ValueHigh = high.Value };
            return true;
        }

        figure = Single(s, i, end, first);
        return true;
    }

    private static bool TryPrefixBound(TokenStream s, int i, NumberParserOptions parser, out Bound bound)
    {
        bound = default;
        if (!ComparativePhrases.TryMatch(s, i, out var phraseEnd, out var kind, out var inclusive) ||
            !TryValue(s, phraseEnd, parser, out var value, out var end))
        {
            return false;
        }

        // "more than 5000 or equal to (it)", "less than 5000 or equal": the tail makes the bound inclusive.
        if (kind != BoundKind.Equal && s.IsWord(end, "or") && s.IsAnyWord(end + 1, "equal", "equals"))
        {
            inclusive = true;
            end += s.IsWord(end + 2, "to") ? 3 : 2;
        }
        else if (kind == BoundKind.Equal && s.IsWord(end, "or") && TryOrTail(s, end + 1, out var tailKind, out var tailEnd))
        {
            kind = tailKind;
            end = tailEnd;
        }

        bound = new Bound(i, end, value, kind, inclusive);
        return true;
    }

    // "or less", "or more than" (with no number after "than").
    private static bool TryOrTail(TokenStream s, int i, out BoundKind kind, out int end)
    {
        kind = BoundKind.Lower;
        end = i + 1;
        if (s.IsAnyWord(i, "more", "greater", "higher", "larger", "above"))
        {
            kind = BoundKind.Lower;
        }
        else if (s.IsAnyWord(i, "less", "fewer", "lower", "smaller", "below"))
        {
            kind = BoundKind.Upper;
        }
        else
        {
            return false;
        }

        if (s.IsWord(end, "than"))
        {
            if (s.IsNumeral(end + 1) || s.WordAt(end + 1).IsNumber)
            {
                return false;
            }

            end++;
        }

        return true;
    }

    private static bool TrySymbol(TokenStream s, int i, NumberParserOptions parser, out RecognizedFigure figure, out int end)
    {
        figure = null!;
        end = i;
        var lower = s.IsSymbol(i, '>');
        if (!lower && !s.IsSymbol(i, '<'))
        {
            return false;
        }

        if (s.IsSymbol(i - 1, '=') && s.Adjacent(i - 1) || s.IsSymbol(i + 1, '>') || s.IsSymbol(i + 1, '<'))
        {
            return false;
        }

        var inclusive = s.IsSymbol(i + 1, '=') && s.Adjacent(i);
        var at = inclusive ? i + 2 : i + 1;
        if (!TryValue(s, at, parser, out var value, out end))
        {
            return false;
        }

        figure = Single(s, i, end, new Bound(i, end, value, lower ? BoundKind.Lower : BoundKind.Upper, inclusive));
        return true;
    }

    private static bool TryNumberFirst(TokenStream s, int i, NumberParserOptions parser, out RecognizedFigure figure, out int end)
    {
        figure = null!;
        end = i;
        if (!NumberFinder.MayStartNumber(s, i) || !NumberParser.TryParse(s, i, parser, out var number))
        {
            return false;
        }

        var at = number.End;

        // "1000-5000", "20~100", "5k-20k", "20 through 100": not dates ("1995-01") or phone numbers.
        if ((s.IsDash(at) || s.IsSymbol(at, '~') || s.IsWord(at, "through")) && !IsChained(s, number.Start) &&
            NumberParser.TryParse(s, at + 1, parser, out var high) && high.Value > number.Value &&
            (s[high.Start].Shape & NumeralShape.LeadingZero) == 0 && !(s.Adjacent(high.End - 1) && (s.IsDash(high.End) || s.IsSymbol(high.End, '/'))))
        {
            end = high.End;
            figure = Make(s, i, end, number.Value, true, high.Value, false);
            return true;
        }

        if (s.IsAnyWord(at, "or", "and") && TryOrTail(s, at + 1, out var kind, out var tailEnd) && !s.IsWord(tailEnd - 1, "than"))
        {
            end = tailEnd;
            figure = Single(s, i, end, new Bound(i, end, number.Value, kind, true));
            return true;
        }

        end = number.End;
        return false;
    }

    private static bool IsChained(TokenStream s, int start) =>
        (s.IsDash(start - 1) || s.IsSymbol(start - 1, '+') || s.IsSymbol(start - 1, '/')) && s.Adjacent(start - 1);

    // A number, or "the tenth" for ranks.
    private static bool TryValue(TokenStream s, int i, NumberParserOptions parser, out double value, out int end)
    {
        value = 0;
        end = i;
        var at = s.IsWord(i, "the") ? i + 1 : i;
        if (at != i && OrdinalParser.TryParse(s, at, out var ordinal))
        {
            value = ordinal.Value;
            end = ordinal.End;
            return true;
        }

        if (at != i || !NumberFinder.MayStartNumber(s, i) || !NumberParser.TryParse(s, i, parser, out var number))
        {
            return false;
        }

        value = number.Value;
        end = number.End;
        return true;
    }

    private static bool Opposite(Bound first, Bound second, out Bound low, out Bound high)
    {
        low = first.Kind == BoundKind.Lower ? first : second;
        high = first.Kind == BoundKind.Lower ? second : first;
        return first.Kind != second.Kind && first.Kind != BoundKind.Equal && second.Kind != BoundKind.Equal && low.Value < high.Value;
    }

    private static RecognizedFigure Single(TokenStream s, int start, int end, Bound bound)
    {
        var text = bound.Kind switch
        {
            BoundKind.Lower => FigureBuilder.Interval(bound.Value, bound.Inclusive, null, false),
            BoundKind.Upper => FigureBuilder.Interval(null, false, bound.Value, bound.Inclusive),
            _ => FigureBuilder.Interval(bound.Value, true, bound.Value, true),
        };
        return new RecognizedFigure(FigureBuilder.Span(s, start, end), FigureKind.Range, bound.Kind == BoundKind.Upper ? null : bound.Value, null, text)
        {
            ValueHigh = bound.Kind == BoundKind.Lower ? null : bound.Value,
        };
    }

    private static RecognizedFigure Make(TokenStream s, int start, int end, double low, bool lowInclusive, double high, bool highInclusive) =>
        new(FigureBuilder.Span(s, start, end), FigureKind.Range, low, null, FigureBuilder.Interval(low, lowInclusive, high, highInclusive)) { ValueHigh = high };
}
