namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// Figures that relate two quantities: split votes ("a 5-4 decision" is two figures), ratios ("split 4 to 1",
/// "a 3 to 1 margin") and multipliers ("threefold", "doubled", "more than twice", "five times").
/// </summary>
internal static class RelationFigures
{
    private static readonly string[] VoteNouns = ["decision", "decisions", "vote", "votes", "ruling", "rulings", "majority", "verdict", "tally", "tie", "deadlock", "opinion"];

    /// <summary>"5-4 decision", "the Senate's 80-19 vote": one figure per side.</summary>
    public static bool TryVotes(TokenStream s, int i, List<FigureCandidate> output, out int end)
    {
        end = i;
        if (!s.IsNumeral(i) || !s[i].IsInteger || s[i].Value > 999)
        {
            return false;
        }

        // "5-4", "4-to-3", and after "voted" also "5 to 4".
        var second = s.IsDash(i + 1) && s.Adjacent(i) && s.Adjacent(i + 1) ? i + 2
            : s.IsDash(i + 1) && s.IsWord(i + 2, "to") && s.IsDash(i + 3) && s.Adjacent(i) && s.Adjacent(i + 3) ? i + 4
            : s.IsWord(i + 1, "to") && s.IsWord(i - 1, "voted") ? i + 2
            : -1;
        if (second < 0 || !s.IsNumeral(second) || !s[second].IsInteger || s[second].Value > 999 || s[second].Value > s[i].Value)
        {
            return false;
        }

        var noun = second + 1;
        if (!s.IsAnyWord(noun, VoteNouns) && !(s.IsWordToken(noun) && s.IsAnyWord(noun + 1, VoteNouns)) && !s.IsAnyWord(i - 1, "voted", "split", "passed", "approved"))
        {
            return false;
        }

        output.Add(new FigureCandidate(i, i + 1, s[i].Value, "votes", FigureKind.Number));
        output.Add(new FigureCandidate(second, second + 1, s[second].Value, "votes", FigureKind.Number));
        end = second + 1;
        return true;
    }

    /// <summary>"4 to 1", "3-to-1": a ratio against one is a factor.</summary>
    public static bool TryRatio(TokenStream s, NumberMatch first, out FigureCandidate candidate)
    {
        candidate = null!;
        var at = first.End;
        var joined = s.IsWord(at, "to") || (s.IsDash(at) && s.IsWord(at + 1, "to") && s.IsDash(at + 2));
        var secondAt = s.IsWord(at, "to") ? at + 1 : at + 3;
        if (!joined || first.Form != NumberForm.Integer || !NewsNumbers.TryParse(s, secondAt, out var second) || second.Form != NumberForm.Integer ||
            second.Value <= 0 || second.Value >= first.Value)
        {
            return false;
        }

        var margin = s.IsAnyWord(second.End, "margin", "ratio", "edge", "advantage") || s.IsWord(second.End, "in") && s.IsWord(second.End + 1, "favor");
        if (second.Value != 1 && !margin)
        {
            return false;
        }

        candidate = new FigureCandidate(first.Start, second.End, first.Value / second.Value, "factor", FigureKind.Factor);
        return true;
    }

    /// <summary>"threefold", "doubled", "triple", "twice" (a factor after "more than" or before "as", else a count of 2).</summary>
    public static bool TryMultiplierWord(TokenStream s, int i, out FigureCandidate candidate)
    {
        candidate = null!;
        if (!s.IsWordToken(i) || s.IsDash(i + 1) && s.Adjacent(i))
        {
            return false;
        }

        var span = s.Span(i);
        double factor = 0;
        if (span.EndsWith("fold", StringComparison.OrdinalIgnoreCase) && span.Length > 4)
        {
            var root = NumberLexicon.Find(span[..^4]);
            factor = root is { IsOrdinal: false, Class: WordClass.Unit or WordClass.Teen or WordClass.Tens or WordClass.Hundred } ? root.Value : 0;
        }
        else if (s.IsAnyWord(i, "double", "doubled", "doubling", "doubles"))
        {
            factor = s.IsAnyWord(i + 1, "standard", "standards", "down", "digits", "digit", "agent", "agents", "life", "lives", "play", "check") ? 0 : 2;
        }
        else if (s.IsAnyWord(i, "triple", "tripled", "tripling", "triples"))
        {
            factor = s.IsAnyWord(i + 1, "crown", "play") ? 0 : 3;
        }
        else if (s.IsAnyWord(i, "quadruple", "quadrupled", "quadrupling"))
        {
            factor = 4;
        }
        else if (s.IsWord(i, "twice"))
        {
            var isFactor = s.IsAnyWord(i + 1, "as", "the", "what", "that") || s.IsAnyWord(i - 1, "than", "nearly", "almost", "about", "roughly", "over");
            candidate = new FigureCandidate(i, i + 1, 2, isFactor ? "factor" : "count", isFactor ? FigureKind.Factor : FigureKind.Number);
            return true;
        }

        if (factor == 0)
        {
            return false;
        }

        candidate = new FigureCandidate(i, i + 1, factor, "factor", FigureKind.Factor);
        return true;
    }

    /// <summary>"five times" counts occasions; "three times more", "four times as" multiply.</summary>
    public static bool TryTimes(TokenStream s, NumberMatch number, out FigureCandidate candidate)
    {
        candidate = null!;
        if (!s.IsWord(number.End, "times") || !s.SameLine(number.End - 1) || number.Value <= 0)
        {
            return false;
        }

        var isFactor = s.IsAnyWord(number.End + 1, "more", "as", "the", "larger", "higher", "greater", "bigger", "faster", "less", "smaller", "what");
        candidate = new FigureCandidate(number.Start, number.End + 1, number.Value, isFactor ? "factor" : "count", isFactor ? FigureKind.Factor : FigureKind.Number);
        return true;
    }
}
