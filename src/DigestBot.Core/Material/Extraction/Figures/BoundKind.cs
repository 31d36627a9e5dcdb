namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Which side of a value a comparative phrase puts the quantity: above, below or exactly at it.</summary>
internal enum BoundKind : byte
{
    Lower,
    Upper,
    Equal,
}
