using System.Collections.Frozen;

namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Numbers that are not key figures: dates ("Sept. 11", "9/17/16"), clock times ("2:45 p.m.", "6 o’clock"),
/// decades as dates ("the 1970s", "the 90’s"), codes and names ("EB-5", "Future45", "Fortune 500"), long ids
/// and numbering ("No. 1").
/// </summary>
internal static class NotFigures
{
    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsMonth(TokenStream s, int i) =>
        s.IsWordToken(i) && MonthLookup.Contains(s.Span(i)) && (s[i].Length > 3 || s.IsSymbol(i + 1, '.') || char.IsUpper(s.Text[s[i].Start])) &&
        !(s.IsWord(i, "may") && !char.IsUpper(s.Text[s[i].Start])) && !(s.IsWord(i, "march") && !char.IsUpper(s.Text[s[i].Start]));

    /// <summary>True when a date or time starts at token <paramref name="i"/>; <paramref name="end"/> is past it.</summary>
    public static bool TryDateOrTime(TokenStream s, int i, out int end)
    {
        end = i + 1;
        if (IsMonth(s, i))
        {
            var at = s.IsSymbol(i + 1, '.') ? i + 2 : i + 1;
            if (s.IsNumeral(at) && s[at].IsInteger && s[at].Value is >= 1 and <= 31 && s.SameLine(at - 1))
            {
                end = OrdinalSuffixEnd(s, at);
                return true;
            }

            return false;
        }

        if (!s.IsNumeral(i))
        {
            return false;
        }

        // "Sept. 11", "July 6": the month before the day.
        var monthAt = s.IsSymbol(i - 1, '.') ? i - 2 : i - 1;
        if (IsMonth(s, monthAt) && s[i].IsInteger && s[i].Value is >= 1 and <= 31 && s.SameLine(i - 1))
        {
            end = OrdinalSuffixEnd(s, i);
            return true;
        }

        // "2016-07-23": an ISO date.
        if (s[i].Length == 4 && s.Adjacent(i) && s.IsDash(i + 1) && s.IsNumeral(i + 2) && s.Adjacent(i + 1) && s[i + 2].Length == 2)
        {
            end = i + 3;
            while (s.Adjacent(end - 1) && s.IsDash(end) && s.Adjacent(end) && s.IsNumeral(end + 1))
            {
                end += 2;
            }

            return true;
        }

        // "6 June", "30th of September".
        var after = OrdinalSuffixEnd(s, i);
        if (s[i].Value is >= 1 and <= 31 && (IsMonth(s, after) || (s.IsWord(after, "of") && IsMonth(s, after + 1))))
        {
            end = after;
            return true;
        }

        // "2:45", "9/17/16", "9/11".
        if (s.Adjacent(i) && (s.IsSymbol(i + 1, ':') || s.IsSymbol(i + 1, '/')) && s.Adjacent(i + 1) && s.IsNumeral(i + 2))
        {
            end = i + 3;
            while (s.Adjacent(end - 1) && (s.IsSymbol(end, ':') || s.IsSymbol(end, '/')) && s.Adjacent(end) && s.IsNumeral(end + 1))
            {
                end += 2;
            }

            end = ClockSuffixEnd(s, end);
            return true;
        }

        var clock = ClockSuffixEnd(s, i + 1);
        if (clock > i + 1 && s[i].Value <= 12)
        {
            end = clock;
            return true;
        }

        return false;
    }

    /// <summary>Markup such as a tweet's <c>&lt;tweet datetime="…"&gt;</c>: the end of the tag, or <paramref name="i"/>.</summary>
    public static int TagEnd(TokenStream s, int i)
    {
        if (!s.IsSymbol(i, '<') || !s.Adjacent(i) || !(s.IsWordToken(i + 1) || s.IsSymbol(i + 1, '/')))
        {
            return i;
        }

        for (var k = i + 1; k < s.Count && k < i + 200 && s.SameLine(k - 1); k++)
        {
            if (s.IsSymbol(k, '>'))
            {
                return k + 1;
            }
        }

        return i;
    }

    /// <summary>True for a number that names or numbers something rather than counting it.</summary>
    public static bool IsCodeOrName(TokenStream s, int i)
    {
        if (!s.IsNumeral(i))
        {
            return false;
        }

        // "Future45", "PfASkm7vah", "EB-5", "COVID-19".
        if ((s.Adjacent(i - 1) && s.IsWordToken(i - 1)) || (s.Adjacent(i) && s.IsWordToken(i + 1) && s.Adjacent(i + 1) && s.IsNumeral(i + 2)))
        {
            return true;
        }

        if (s.IsDash(i - 1) && s.Adjacent(i - 1) && s.Adjacent(i - 2) && s.IsWordToken(i - 2) && !s.IsAnyWord(i - 2, "mid", "low", "high", "upper", "early", "late"))
        {
            return true;
        }

        // Ids and timestamps: long digit runs without grouping.
        if (s[i].Length >= 9 && (s[i].Shape & (NumeralShape.Grouped | NumeralShape.Decimal)) == 0)
        {
            return true;
        }

        // "No. 1", "#3".
        return (s.IsSymbol(i - 1, '#') && s.Adjacent(i - 1)) || (s.IsSymbol(i - 1, '.') && s.IsAnyWord(i - 2, "no", "nos"));
    }

    /// <summary>"the 1970s", "mid-1990s", "the 90’s": a decade named as a time, not a quantity.</summary>
    public static bool IsDecadeDate(TokenStream s, int i, out int end)
    {
        end = i + 1;
        if (!s.IsNumeral(i) || !s[i].IsInteger || s[i].Value % 10 != 0 || !s.Adjacent(i))
        {
            return false;
        }

        if (s.IsWord(i + 1, "s"))
        {
            end = i + 2;
            return true;
        }

        if ((s.IsSymbol(i + 1, '\'') || s.IsSymbol(i + 1, '’')) && s.Adjacent(i + 1) && s.IsWord(i + 2, "s"))
        {
            end = i + 3;
            return true;
        }

        return false;
    }

    /// <summary>A capitalised word right before a bare number names it: "Fortune 500", "Channel 4", "Day 1".</summary>
    public static bool FollowsName(TokenStream s, int i) =>
        s.IsNumeral(i) && i > 0 && s.StartsUpper(i - 1) && !SentenceStart(s, i - 1) && s.SameLine(i - 1) && !IsMonth(s, i - 1);

    /// <summary>True when token <paramref name="i"/> begins a sentence or a line.</summary>
    public static bool SentenceStart(TokenStream s, int i)
    {
        if (i == 0 || !s.SameLine(i - 1))
        {
            return true;
        }

        var before = s[i - 1];
        return before.Kind == TokenKind.Symbol && before.Char is '.' or '!' or '?' or '"' or '“' or '(' or '—' or ':' or ';' or '‘' or '\'';
    }

    private static int OrdinalSuffixEnd(TokenStream s, int i) =>
        s.Adjacent(i) && s.IsAnyWord(i + 1, "st", "nd", "rd", "th") ? i + 2 : i + 1;

    // "a.m.", "p.m.", "am", "pm", "o’clock".
    private static int ClockSuffixEnd(TokenStream s, int i)
    {
        if (s.IsAnyWord(i, "a", "p") && s.IsSymbol(i + 1, '.') && s.IsWord(i + 2, "m"))
        {
            return s.IsSymbol(i + 3, '.') ? i + 4 : i + 3;
        }

        if (s.IsAnyWord(i, "am", "pm") && !s.IsWordToken(i + 1))
        {
            return i + 1;
        }

        if (s.IsWord(i, "o") && (s.IsSymbol(i + 1, '’') || s.IsSymbol(i + 1, '\'')) && s.IsWord(i + 2, "clock"))
        {
            return i + 3;
        }

        return i;
    }
}
