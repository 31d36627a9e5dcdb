namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>A number found in a token stream: tokens [Start, End), its value and how it was written.</summary>
internal readonly record struct NumberMatch(int Start, int End, double Value, NumberForm Form, bool HasWords)
{
    /// <summary>The scale word the number ended with ("2 million" → 1e6), or 1; used by "and a half" style tails.</summary>
    public double LastScale { get; init; } = 1;

    /// <summary>True when the number ends in a fraction word ("two thirds", "a quarter").</summary>
    public bool IsFractionWord { get; init; }
}
