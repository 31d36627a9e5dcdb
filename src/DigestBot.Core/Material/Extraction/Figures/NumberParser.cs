namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Reads one number starting at a token: a cardinal (<see cref="CardinalParser"/>) plus what may surround it –
/// a sign ("-4", "minus one"), a multiplier suffix ("10k", "1.5bn"), spoken decimals ("two point five"),
/// powers ("1.3e6"), fractions ("3/4", "two thirds", "a half", "one and a fourth", "1 4/5") and fractions of a
/// scale ("half million", "3 million and a half", "two thirds of a million").
/// </summary>
internal static class NumberParser
{
    public static bool TryParse(TokenStream s, int start, NumberParserOptions options, out NumberMatch match)
    {
        match = default;
        var i = start;
        var sign = 1.0;
        if (StartsNegative(s, i))
        {
            sign = -1;
            i++;
        }

        if (!TryCore(s, i, options, out var core))
        {
            return false;
        }

        match = core with { Start = start, Value = sign * core.Value };
        return true;
    }

    private static bool StartsNegative(TokenStream s, int i)
    {
        if (s.IsAnyWord(i, "minus", "negative"))
        {
            return s.IsNumeral(i + 1) || s.WordAt(i + 1).IsCardinal;
        }

        if (!(s.IsSymbol(i, '-') || s.IsSymbol(i, '−')) || !s.IsNumeral(i + 1))
        {
            return false;
        }

        // "40-50", "SCP-173", "+1-222", "40 - 50": a dash touching a word or number, or after a number, joins.
        if (i > 0 && s.Adjacent(i - 1) && (s[i - 1].Kind != TokenKind.Symbol || s.IsSymbol(i - 1, '-') || s.IsSymbol(i - 1, '/')))
        {
            return false;
        }

        if (i > 0 && s.IsNumeral(i - 1) && s.SameLine(i - 1))
        {
            return false;
        }

        return s.SameLine(i);
    }

    private static bool TryCore(TokenStream s, int i, NumberParserOptions options, out NumberMatch match)
    {
        match = default;
        if (TryFractionOfScaleStart(s, i, out match) || TryArticleFraction(s, i, out match))
        {
            return true;
        }

        if (s.IsNumeral(i) && (s[i].Shape & NumeralShape.VulgarFraction) != 0)
        {
            match = new NumberMatch(i, i + 1, s[i].Value, NumberForm.Fraction, false);
            return true;
        }

        if (!CardinalParser.TryParse(s, i, allowOrdinalEnd: false, out var cardinal))
        {
            return false;
        }

        var end = cardinal.End;
        var value = cardinal.Value;
        var form = s[i].IsNumeral && !s[i].IsInteger ? NumberForm.Decimal : NumberForm.Integer;
        var lastScale = cardinal.EndsWithScale ? cardinal.LastScale : 1;

        if (cardinal.IsSingleNumeral)
        {
            if (TryPower(s, end - 1, out var power, out var powerEnd))
            {
                match = new NumberMatch(i, powerEnd, power, NumberForm.Power, false);
                return true;
            }

            if (TryDigitFraction(s, end - 1, out var fraction, out var fractionEnd))
            {
                match = new NumberMatch(i, fractionEnd, fraction, NumberForm.Fraction, false);
                return true;
            }

            if (TryMixedDigitFraction(s, end - 1, out fraction, out fractionEnd))
            {
                match = new NumberMatch(i, fractionEnd, fraction, NumberForm.Fraction, false);
                return true;
            }

            var scale = MultiplierSuffix.Read(s, end, options.LowerCaseMillion, out var suffixEnd);
            if (scale > 0)
            {
                value *= scale;
                end = suffixEnd;
                lastScale = scale;
                form = value == Math.Floor(value) ? NumberForm.Integer : NumberForm.Decimal;
            }
        }

        if (cardinal.HasWords && s.IsWord(end, "point") && TrySpokenDecimals(s, end + 1, out var decimals, out var decimalsEnd))
        {
            value += decimals;
            end = decimalsEnd;
            form = NumberForm.Decimal;
        }

        var isFractionWord = false;
        var mixed = cardinal.AndIndex >= 0 && TryDenominatorAfter(s, end, out var mixedDenominator, out _, out _) && cardinal.AfterAnd < mixedDenominator;
        var numerator = mixed ? cardinal.AfterAnd : cardinal.Value;
        if (cardinal.HasWords && TryDenominatorAfter(s, end, out var denominator, out var plural, out var denominatorEnd) &&
            (plural ? numerator != 1 : numerator == 1) && form == NumberForm.Integer)
        {
            // "one hundred and three quarters" is 100¾, "six million and two thirds" is 6⅔ million,
            // "one hundred and thirty-two fifths" is 132/5.
            var fraction = numerator / denominator;
            var whole = mixed ? cardinal.BeforeAnd : 0;
            var fractionOf = mixed && cardinal.LastScale > 1 && cardinal.BeforeAnd >= cardinal.LastScale ? cardinal.LastScale : 1;
            end = denominatorEnd;
            if (TryScaleAfterFraction(s, end, out var fractionScale, out var scaleEnd))
            {
                fractionOf = fractionScale;
                end = scaleEnd;
                if (!mixed)
                {
                    whole = 0;
                }
            }

            value = whole + (fraction * fractionOf);
            form = value == Math.Floor(value) && fractionOf > 1 ? NumberForm.Integer : NumberForm.Fraction;
            isFractionWord = fractionOf == 1;
            lastScale = 1;
        }
        else if (TryAndFraction(s, end, out var tail, out var tailScale, out var tailEnd))
        {
            value += tail * (tailScale > 0 ? tailScale : lastScale);
            end = tailEnd;
            form = NumberForm.Fraction;
        }
        else if (options.OverFractions && s.IsWord(end, "over") && TryDivisor(s, end + 1, value, requireLarger: false, out var quotient, out var divisorEnd))
        {
            value = quotient;
            end = divisorEnd;
            form = NumberForm.Fraction;
        }
        else if (options.OutOfFractions && TryOutOf(s, end, value, options.InFractions, out var share, out var shareEnd))
        {
            value = share;
            end = shareEnd;
            form = NumberForm.Fraction;
        }

        if (form == NumberForm.Integer && value != Math.Floor(value))
        {
            form = NumberForm.Decimal;
        }

        match = new NumberMatch(i, end, value, form, cardinal.HasWords) { LastScale = lastScale, IsFractionWord = isFractionWord };
        return true;
    }

    // "half million", "quarter million", "half a dozen".
    private static bool TryFractionOfScaleStart(TokenStream s, int i, out NumberMatch match)
    {
        match = default;
        var word = s.WordAt(i);
        if (word.Class is not (WordClass.Half or WordClass.Quarter) || word.IsPlural)
        {
            return false;
        }

        if (s.WordAt(i + 1) is { Class: WordClass.Scale, IsOrdinal: false } scale)
        {
            match = new NumberMatch(i, i + 2, scale.Value / word.Value, NumberForm.Fraction, true) { LastScale = scale.Value };
            return true;
        }

        if (word.Class == WordClass.Half && s.IsAnyWord(i + 1, "a", "an") && s.WordAt(i + 2).Class == WordClass.Dozen)
        {
            match = new NumberMatch(i, i + 3, 6, NumberForm.Integer, true);
            return true;
        }

        return false;
    }

    // "a half", "a fifth", "an eighth", "a trillionth"; "a quarter million", "a half of a million".
    private static bool TryArticleFraction(TokenStream s, int i, out NumberMatch match)
    {
        match = default;
        if (!s.IsAnyWord(i, "a", "an") || !TryDenominatorAfter(s, i + 1, out var denominator, out var plural, out var end) || plural)
        {
            return false;
        }

        var value = 1 / denominator;
        var form = NumberForm.Fraction;
        if (TryScaleAfterFraction(s, end, out var scale, out var scaleEnd))
        {
            value *= scale;
            end = scaleEnd;
            form = NumberForm.Integer;
        }

        match = new NumberMatch(i, end, value, form, true) { IsFractionWord = form == NumberForm.Fraction };
        return true;
    }

    /// <summary>A fraction denominator at <paramref name="i"/>: "half", "quarters", "fifths", "twenty-fifth", "one hundred fifth".</summary>
    public static bool TryDenominator(TokenStream s, int i, out double value, out bool plural, out int end)
    {
        value = 0;
        plural = false;
        end = i;
        var word = s.WordAt(i);
        if (word.Class is WordClass.Half or WordClass.Quarter)
        {
            value = word.Value;
            plural = word.IsPlural;
            end = i + 1;
            return true;
        }

        if (!word.IsNumber || word.Class == WordClass.Dozen)
        {
            return false;
        }

        // "first" and "second" are never denominators ("one second" is a time).
        if (!CardinalParser.TryParse(s, i, allowOrdinalEnd: true, out var ordinal) || !ordinal.IsOrdinal || ordinal.Value <= 2)
        {
            return false;
        }

        value = ordinal.Value;
        plural = ordinal.IsPlural;
        end = ordinal.End;
        return true;
    }

    private static bool TryDenominatorAfter(TokenStream s, int i, out double value, out bool plural, out int end)
    {
        // "one-fifth", "five - eighths": a dash may join a spelled numerator and its denominator.
        var at = s.IsDash(i) && s.SameLine(i) ? i + 1 : i;
        return TryDenominator(s, at, out value, out plural, out end);
    }

    private static bool TryScaleAfterFraction(TokenStream s, int i, out double scale, out int end)
    {
        scale = 0;
        end = i;
        var at = i;
        if (s.IsWord(at, "of") && s.IsAnyWord(at + 1, "a", "an"))
        {
            at += 2;
        }

        if (s.WordAt(at) is { Class: WordClass.Scale, IsOrdinal: false } word)
        {
            scale = word.Value;
            end = at + 1;
            return true;
        }

        return false;
    }

    // "… and a half", "… and three fifths", "… and a half million".
    private static bool TryAndFraction(TokenStream s, int i, out double fraction, out double scale, out int end)
    {
        fraction = 0;
        scale = 0;
        end = i;
        if (!s.IsWord(i, "and"))
        {
            return false;
        }

        double numerator;
        int at;
        if (s.IsAnyWord(i + 1, "a", "an"))
        {
            numerator = 1;
            at = i + 2;
        }
        else if (CardinalParser.TryParse(s, i + 1, allowOrdinalEnd: false, out var cardinal) && cardinal.HasWords)
        {
            numerator = cardinal.Value;
            at = cardinal.End;
        }
        else
        {
            return false;
        }

        if (!TryDenominator(s, at, out var denominator, out var plural, out end) || numerator >= denominator || plural != (numerator > 1))
        {
            return false;
        }

        fraction = numerator / denominator;
        if (s.WordAt(end) is { Class: WordClass.Scale, IsOrdinal: false } word)
        {
            scale = word.Value;
            end++;
        }

        return true;
    }

    private static bool TrySpokenDecimals(TokenStream s, int i, out double decimals, out int end)
    {
        decimals = 0;
        end = i;
        var place = 0.1;
        while (s.WordAt(end) is { IsOrdinal: false, Class: WordClass.Unit or WordClass.Zero } digit)
        {
            decimals += digit.Value * place;
            place /= 10;
            end++;
        }

        return end > i;
    }

    // "1.1^+23", "2.5^-1", "1.3x10^6", "1e10", "12.32e+14".
    private static bool TryPower(TokenStream s, int i, out double value, out int end)
    {
        value = 0;
        end = i;
        var mantissa = s[i].Value;
        if (s.Adjacent(i) && s.IsSymbol(i + 1, '^') && TryExponent(s, i + 1, out var exponent, out end))
        {
            value = Math.Pow(mantissa, exponent);
            return true;
        }

        if (s.Adjacent(i) && s.IsWord(i + 1, "e") && TryExponent(s, i + 1, out exponent, out end))
        {
            value = mantissa * Math.Pow(10, exponent);
            return true;
        }

        if (s.Adjacent(i) && s.IsWord(i + 1, "x") && s.Adjacent(i + 1) && s.IsNumeral(i + 2) && s[i + 2].Value == 10 &&
            s.Adjacent(i + 2) && s.IsSymbol(i + 3, '^') && TryExponent(s, i + 3, out exponent, out end))
        {
            value = mantissa * Math.Pow(10, exponent);
            return true;
        }

        return false;
    }

    private static bool TryExponent(TokenStream s, int marker, out double exponent, out int end)
    {
        exponent = 0;
        end = marker;
        var k = marker;
        var negative = false;
        while (s.Adjacent(k) && (s.IsSymbol(k + 1, '+') || s.IsSymbol(k + 1, '-')))
        {
            negative |= s.IsSymbol(k + 1, '-');
            k++;
        }

        if (!s.Adjacent(k) || !s.IsNumeral(k + 1) || !s[k + 1].IsInteger)
        {
            return false;
        }

        exponent = negative ? -s[k + 1].Value : s[k + 1].Value;
        end = k + 2;
        return true;
    }

    // "3/4", "-4/5"; not "5/17/2018" or "2222/2222" in a phone number.
    private static bool TryDigitFraction(TokenStream s, int i, out double value, out int end)
    {
        value = 0;
        end = i;
        if (!s[i].IsInteger || !s.Adjacent(i) || !s.IsSymbol(i + 1, '/') || !s.Adjacent(i + 1) || !s.IsNumeral(i + 2) ||
            !s[i + 2].IsInteger || s[i + 2].Value == 0)
        {
            return false;
        }

        if ((s.Adjacent(i + 2) && (s.IsSymbol(i + 3, '/') || s.IsSymbol(i + 3, '-'))) ||
            (i > 0 && s.Adjacent(i - 1) && (s.IsSymbol(i - 1, '/') || (s.IsSymbol(i - 1, '-') && s.Adjacent(i - 2)) || s.IsNumeral(i - 1))))
        {
            return false;
        }

        value = s[i].Value / s[i + 2].Value;
        end = i + 3;
        return true;
    }

    // "1 4/5", "10 1/2": a whole number, a space, then a proper fraction.
    private static bool TryMixedDigitFraction(TokenStream s, int i, out double value, out int end)
    {
        value = 0;
        end = i;
        if (!s[i].IsInteger || s.Adjacent(i) || !s.SameLine(i) || !s.IsNumeral(i + 1) ||
            !TryDigitFraction(s, i + 1, out var fraction, out end) || fraction >= 1)
        {
            return false;
        }

        value = s[i].Value + fraction;
        return true;
    }

    private static bool TryDivisor(TokenStream s, int i, double numerator, bool requireLarger, out double quotient, out int end)
    {
        quotient = 0;
        end = i;
        if (!CardinalParser.TryParse(s, i, allowOrdinalEnd: false, out var divisor) || divisor.Value == 0 ||
            (requireLarger && divisor.Value <= numerator))
        {
            return false;
        }

        end = divisor.End;
        if (divisor.IsSingleNumeral)
        {
            var scale = MultiplierSuffix.Read(s, end, false, out var suffixEnd);
            if (scale > 0)
            {
                end = suffixEnd;
                quotient = numerator / (divisor.Value * scale);
                return true;
            }
        }

        quotient = numerator / divisor.Value;
        return true;
    }

    // "one out of three", "1 in twenty-one" (a share only when the first is the smaller).
    private static bool TryOutOf(TokenStream s, int i, double numerator, bool inFractions, out double share, out int end)
    {
        share = 0;
        end = i;
        if (s.IsWord(i, "out") && s.IsWord(i + 1, "of"))
        {
            return TryDivisor(s, i + 2, numerator, requireLarger: true, out share, out end);
        }

        return inFractions && s.IsWord(i, "in") && TryDivisor(s, i + 1, numerator, requireLarger: true, out share, out end);
    }
}
