namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// A cardinal read by <see cref="CardinalParser"/>: tokens [Start, End), its value, and when its last part
/// followed a top-level "and" ("one hundred and three") the value before that "and" and the part after it,
/// which a following fraction may turn into a mixed number ("one hundred and three quarters").
/// </summary>
internal readonly record struct Cardinal(
    int Start,
    int End,
    double Value,
    bool HasWords,
    bool IsOrdinal,
    bool IsPlural,
    double LastScale,
    int AndIndex,
    double BeforeAnd,
    double AfterAnd)
{
    public bool IsSingleNumeral => End == Start + 1 && !HasWords;

    public bool EndsWithScale { get; init; }
}
