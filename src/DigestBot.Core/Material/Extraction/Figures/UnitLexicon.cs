using System.Collections.Frozen;

namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Every unit alias, indexed by its first token so a look-up costs one dictionary probe per token; the longest
/// alias that matches wins ("square meters" over "meters", "c $" over "$").
/// </summary>
internal static class UnitLexicon
{
    private static readonly FrozenDictionary<string, UnitAlias[]> ByFirstPart = Build();

    private static readonly FrozenDictionary<string, UnitAlias[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByFirstPart.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest unit of an allowed kind starting at token <paramref name="i"/>.</summary>
    public static bool TryMatch(TokenStream s, int i, FigureModels allowed, out UnitMatch match)
    {
        match = default;
        if ((uint)i >= (uint)s.Count || s[i].Kind == TokenKind.Numeral || !Lookup.TryGetValue(s.Span(i), out var aliases))
        {
            return false;
        }

        foreach (var alias in aliases)
        {
            if (!allowed.HasFlag(ModelOf(alias.Unit.Kind)) || !Matches(s, i, alias))
            {
                continue;
            }

            match = new UnitMatch(i, i + alias.Parts.Length, alias);
            return true;
        }

        return false;
    }

    private static FigureModels ModelOf(FigureKind kind) => kind switch
    {
        FigureKind.Currency => FigureModels.Currency,
        FigureKind.Temperature => FigureModels.Temperature,
        _ => FigureModels.Dimension,
    };

    private static bool Matches(TokenStream s, int i, UnitAlias alias)
    {
        if (i + alias.Parts.Length > s.Count)
        {
            return false;
        }

        var comparison = alias.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var k = 0; k < alias.Parts.Length; k++)
        {
            if (!s.Span(i + k).Equals(alias.Parts[k], comparison))
            {
                return false;
            }

            if (k > 0 && (alias.Joined[k] ? !s.Adjacent(i + k - 1) : !s.SameLine(i + k - 1)))
            {
                return false;
            }
        }

        // A unit made of letters must end the word: "ft" is not the start of "fta".
        var last = i + alias.Parts.Length - 1;
        return !(s.Adjacent(last) && s.IsWordToken(last + 1) && s.IsWordToken(last));
    }

    private static FrozenDictionary<string, UnitAlias[]> Build()
    {
        var all = new List<UnitAlias>();
        foreach (var (name, code, aliases) in DimensionUnits.All)
        {
            Add(all, new UnitDefinition(FigureKind.Dimension, name, code), aliases);
        }

        foreach (var (name, code, factor, aliases) in CurrencyUnits.All)
        {
            Add(all, new UnitDefinition(FigureKind.Currency, name, code, factor), aliases);
        }

        foreach (var (name, code, aliases) in TemperatureUnits.All)
        {
            Add(all, new UnitDefinition(FigureKind.Temperature, name, code), aliases);
        }

        return all
            .GroupBy(a => a.Parts[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(a => a.Parts.Length).ThenByDescending(a => a.CaseSensitive).ToArray(),
                StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(List<UnitAlias> all, UnitDefinition unit, string aliases)
    {
        foreach (var raw in aliases.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var text = raw;
            var caseSensitive = false;
            var bare = false;
            while (text.Length > 1 && text[0] is '=' or '+')
            {
                caseSensitive |= text[0] == '=';
                bare |= text[0] == '+';
                text = text[1..];
            }

            var rented = Tokenizer.Tokenize(text, 0, text.Length, out var count);
            var tokens = rented[..count];
            System.Buffers.ArrayPool<Token>.Shared.Return(rented);
            var parts = tokens.Select(t => text[t.Start..t.End]).ToArray();
            var joined = tokens.Select((t, k) => k > 0 && tokens[k - 1].End == t.Start).ToArray();
            all.Add(new UnitAlias(parts, joined, caseSensitive, bare, unit));
        }
    }
}
