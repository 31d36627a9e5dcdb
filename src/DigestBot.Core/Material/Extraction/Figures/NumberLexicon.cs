using System.Collections.Frozen;

namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>English number words: cardinals, ordinals (also as fraction denominators), scales and dozens.</summary>
internal static class NumberLexicon
{
    private static readonly FrozenDictionary<string, NumberWord> Words = Build();

    private static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static NumberWord Find(ReadOnlySpan<char> word)
    {
        // Cheap length filter first: most words of an article are not numbers.
        if (word.Length < 3 || word.Length > 14)
        {
            return default;
        }

        return Lookup.TryGetValue(word, out var found) ? found : default;
    }

    private static FrozenDictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        void Cardinal(string word, WordClass cls, double value) => words[word] = new NumberWord(cls, value, false, false);
        void Ordinal(string word, string plural, WordClass cls, double value)
        {
            words[word] = new NumberWord(cls, value, true, false);
            words[plural] = new NumberWord(cls, value, true, true);
        }

        Cardinal("zero", WordClass.Zero, 0);
        Cardinal("nought", WordClass.Zero, 0);
        Cardinal("naught", WordClass.Zero, 0);
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        for (var i = 0; i < units.Length; i++)
        {
            Cardinal(units[i], WordClass.Unit, i + 1);
            Ordinal(unitOrdinals[i], unitOrdinals[i] + "s", WordClass.Unit, i + 1);
        }

        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < teens.Length; i++)
        {
            Cardinal(teens[i], WordClass.Teen, i + 10);
            var ordinal = i == 2 ? "twelfth" : teens[i] + "th";
            Ordinal(ordinal, ordinal + "s", WordClass.Teen, i + 10);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            Cardinal(tens[i], WordClass.Tens, (i + 2) * 10);
            var ordinal = tens[i][..^1] + "ieth";
            Ordinal(ordinal, ordinal + "s", WordClass.Tens, (i + 2) * 10);
        }

        Cardinal("hundred", WordClass.Hundred, 100);
        words["hundreds"] = new NumberWord(WordClass.Hundred, 100, false, true);
        Ordinal("hundredth", "hundredths", WordClass.Hundred, 100);
        (string Word, double Value)[] scales =
        [
            ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("lakh", 1e5), ("crore", 1e7),
        ];
        foreach (var (word, value) in scales)
        {
            Cardinal(word, WordClass.Scale, value);
            words[word + "s"] = new NumberWord(WordClass.Scale, value, false, true);
            Ordinal(word + "th", word + "ths", WordClass.Scale, value);
        }

        Cardinal("dozen", WordClass.Dozen, 12);
        Cardinal("dozens", WordClass.Dozen, 12);
        Cardinal("dzs", WordClass.Dozen, 12);
        Cardinal("half", WordClass.Half, 2);
        words["halves"] = new NumberWord(WordClass.Half, 2, false, true);
        Cardinal("quarter", WordClass.Quarter, 4);
        words["quarters"] = new NumberWord(WordClass.Quarter, 4, false, true);
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
