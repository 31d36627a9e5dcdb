namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// The number reading of a word: "seven" (Unit, 7), "thousand" (Scale, 1000), "fifths" (Unit, 5, ordinal,
/// plural). <see cref="WordClass.None"/> for words that are not numbers.
/// </summary>
internal readonly record struct NumberWord(WordClass Class, double Value, bool IsOrdinal, bool IsPlural)
{
    public bool IsNumber => Class != WordClass.None;

    public bool IsCardinal => Class != WordClass.None && !IsOrdinal;

    /// <summary>A word that is no number but may start a figure ("between", "decades", "twice", "aged").</summary>
    public bool IsTrigger { get; init; }
}
