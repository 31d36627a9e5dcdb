namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Durations and ages: "90 minutes", "nearly two decades", "two to three weeks", "15-plus years", hyphenated
/// modifiers ("30-second spot", "eight-year scheme", "two-decade veteran"), "a decade", ages ("70-year-old",
/// "Scott, 69,", "at age 12", "ages 16 to 24", "between the ages of 17 and 20").
/// </summary>
internal static class TimeFigures
{
    /// <summary>The unit code and the factor into it for a time word: "decades" → ("years", 10).</summary>
    public static bool TryUnit(TokenStream s, int i, out string unit, out double factor)
    {
        factor = 1;
        unit = s.IsAnyWord(i, "year", "years", "yr", "yrs") ? "years"
            : s.IsAnyWord(i, "decade", "decades") ? "years"
            : s.IsAnyWord(i, "century", "centuries") ? "years"
            : s.IsAnyWord(i, "month", "months") ? "months"
            : s.IsAnyWord(i, "week", "weeks") ? "weeks"
            : s.IsAnyWord(i, "day", "days") ? "days"
            : s.IsAnyWord(i, "hour", "hours") ? "hours"
            : s.IsAnyWord(i, "minute", "minutes") ? "minutes"
            : s.IsAnyWord(i, "second", "seconds") ? "other:seconds"
            : "";
        if (s.IsAnyWord(i, "decade", "decades"))
        {
            factor = 10;
        }
        else if (s.IsAnyWord(i, "century", "centuries"))
        {
            factor = 100;
        }

        return unit.Length > 0;
    }

    public static bool TryAfterNumber(TokenStream s, NumberMatch number, out FigureCandidate candidate)
    {
        candidate = null!;
        if (number.Value < 0 || number.Form == NumberForm.Power)
        {
            return false;
        }

        if (AgeFinder.TryAgeUnit(s, number.End, out var ageUnit, out var ageEnd))
        {
            var years = ageUnit == "Year" ? number.Value : ageUnit == "Month" ? number.Value / 12 : number.Value / 52;
            candidate = new FigureCandidate(number.Start, ageEnd, years, "years", FigureKind.Age);
            return true;
        }

        var at = number.End;
        var hyphen = s.IsDash(at) && s.Adjacent(at - 1) && s.Adjacent(at);
        if (hyphen && s.IsWord(at + 1, "plus") && TryUnit(s, at + 2, out var plusUnit, out var plusFactor))
        {
            candidate = new FigureCandidate(number.Start, at + 3, number.Value * plusFactor, plusUnit, FigureKind.Duration) { Qualifier = Qualifiers.AtLeast };
            return true;
        }

        var unitAt = hyphen ? at + 1 : at;
        if (!s.SameLine(at - 1) || !TryUnit(s, unitAt, out var unit, out var factor) || (s.IsAnyWord(unitAt, "second") && !hyphen))
        {
            return TryRange(s, number, out candidate);
        }

        // "one second" is rare in news; "a second" is not a number at all.
        candidate = new FigureCandidate(number.Start, unitAt + 1, number.Value * factor, unit, FigureKind.Duration);
        return true;
    }

    // "two to three weeks", "one to two years", "10-15 minutes".
    private static bool TryRange(TokenStream s, NumberMatch low, out FigureCandidate candidate)
    {
        candidate = null!;
        var at = low.End;
        if (!(s.IsWord(at, "to") || (s.IsDash(at) && low.HasWords == false)) || !NewsNumbers.TryParse(s, at + 1, out var high) ||
            high.Value <= low.Value || !TryUnit(s, high.End, out var unit, out var factor) || !s.SameLine(high.End - 1))
        {
            return false;
        }

        candidate = new FigureCandidate(low.Start, high.End + 1, low.Value * factor, unit, FigureKind.Duration) { ValueHigh = high.Value * factor };
        return true;
    }

    /// <summary>"a decade", "the next decade", "the past decade": the word stands for ten years.</summary>
    public static bool TryDecade(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        if (!s.IsWord(i, "decade") || s.IsAdjacentDash(i - 1))
        {
            return false;
        }

        if (s.IsAnyWord(i - 1, "a", "one"))
        {
            candidate = new FigureCandidate(i - 1, i + 1, 10, "years", FigureKind.Duration);
            return true;
        }

        if (s.IsAnyWord(i - 1, "next", "past", "last", "previous", "coming", "following", "entire", "whole"))
        {
            candidate = new FigureCandidate(i, i + 1, 10, "years", FigureKind.Duration);
            return true;
        }

        return false;
    }

    /// <summary>"age 12", "aged 70", "ages 16 to 24", "between the ages of 17 and 20", and "Scott, 69," after a name.</summary>
    public static bool TryAge(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        if (s.IsWord(i, "between") && s.IsWord(i + 1, "the") && s.IsWord(i + 2, "ages") && s.IsWord(i + 3, "of") &&
            NewsNumbers.TryParse(s, i + 4, out var from) && s.IsWord(from.End, "and") && NewsNumbers.TryParse(s, from.End + 1, out var to) && to.Value > from.Value)
        {
            candidate = new FigureCandidate(i, to.End, from.Value, "years", FigureKind.Age) { ValueHigh = to.Value };
            return true;
        }

        if (s.IsAnyWord(i, "age", "aged", "ages") && NewsNumbers.TryParse(s, i + 1, out var age) && age.Form == NumberForm.Integer && age.Value is > 0 and < 130)
        {
            if (s.IsAnyWord(age.End, "to", "and") || s.IsDash(age.End))
            {
                if (NewsNumbers.TryParse(s, age.End + 1, out var upper) && upper.Value > age.Value && upper.Value < 130)
                {
                    candidate = new FigureCandidate(i, upper.End, age.Value, "years", FigureKind.Age) { ValueHigh = upper.Value };
                    return true;
                }
            }

            candidate = new FigureCandidate(i, age.End, age.Value, "years", FigureKind.Age);
            return true;
        }

        // "Scott, 69, has …": an age set off by commas after a name.
        if (s.IsNumeral(i) && s[i].IsInteger && s[i].Value is >= 10 and < 120 && s[i].Length == 2 && s.IsSymbol(i - 1, ',') &&
            s.StartsUpper(i - 2) && s.IsSymbol(i + 1, ','))
        {
            candidate = new FigureCandidate(i, i + 1, s[i].Value, "years", FigureKind.Age);
            return true;
        }

        return false;
    }
}
