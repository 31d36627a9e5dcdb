namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// English number words: cardinals, ordinals (also as fraction denominators), scales and dozens, plus the few
/// words that may start a figure without being numbers. The tokenizer looks every word up, so the table is
/// bucketed by length and first letter: a look-up compares against at most a handful of words.
/// </summary>
internal static class NumberLexicon
{
    private const int MinLength = 3;
    private const int MaxLength = 14;

    private static readonly NumberWord[] Entries;

    private static readonly (string Text, short Id)[][] Buckets = Build(out Entries);

    // For each bucket, the second letters its words have (bit 0 for 'a'): nearly every word of a text is
    // looked up and nearly none is a number word, so most are turned away here without a comparison.
    private static readonly uint[] SecondLetters = [.. Buckets.Select(b => b.Aggregate(0u, (bits, w) => bits | LetterBit(w.Text[1])))];

    public static NumberWord Find(ReadOnlySpan<char> word) => Entries[FindId(word)];

    public static NumberWord Entry(short id) => Entries[id];

    /// <summary>The id of a number or trigger word, 0 for any other word.</summary>
    public static short FindId(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength)
        {
            return 0;
        }

        var first = (char)(word[0] | 0x20);
        if (first is < 'a' or > 'z')
        {
            return 0;
        }

        var bucket = BucketOf(word.Length, first);
        var second = word[1];
        if (char.IsAsciiLetter(second) && (SecondLetters[bucket] & LetterBit(second)) == 0)
        {
            return 0; // an ASCII letter differs from every entry's ignoring case; other characters are compared below
        }

        foreach (var (text, id) in Buckets[bucket])
        {
            if (word.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return 0;
    }

    private static int BucketOf(int length, char first) => ((length - MinLength) * 26) + (first - 'a');

    private static uint LetterBit(char asciiLetter) => 1u << ((asciiLetter | 0x20) - 'a');

    private static (string Text, short Id)[][] Build(out NumberWord[] entries)
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

        // Words that start figures in news prose without being numbers themselves.
        string[] triggers =
        [
            "between", "decade", "decades", "several", "tens", "twice", "double", "doubled", "doubling", "doubles", "triple",
            "tripled", "tripling", "triples", "quadruple", "quadrupled", "quadrupling", "age", "aged", "ages",
        ];
        foreach (var trigger in triggers)
        {
            words.TryAdd(trigger, new NumberWord(WordClass.None, 0, false, false) { IsTrigger = true });
        }

        var buckets = new List<(string, short)>[(MaxLength - MinLength + 1) * 26];
        for (var b = 0; b < buckets.Length; b++)
        {
            buckets[b] = [];
        }

        var list = new List<NumberWord> { default };
        foreach (var (text, word) in words.Where(w => w.Key.Length is >= MinLength and <= MaxLength))
        {
            buckets[BucketOf(text.Length, char.ToLowerInvariant(text[0]))].Add((text, (short)list.Count));
            list.Add(word);
        }

        entries = [.. list];
        return buckets.Select(b => b.ToArray()).ToArray();
    }
}
