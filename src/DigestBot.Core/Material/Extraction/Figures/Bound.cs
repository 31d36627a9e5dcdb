namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>One side of a range: tokens [Start, End), the value, which side and whether the value itself is included.</summary>
internal readonly record struct Bound(int Start, int End, double Value, BoundKind Kind, bool Inclusive);
