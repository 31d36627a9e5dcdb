namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>How a numeral was written; the recognisers use it to tell years, decimals and groupings apart.</summary>
[Flags]
internal enum NumeralShape : byte
{
    None = 0,
    Decimal = 1,
    Grouped = 2,
    VulgarFraction = 4,
    LeadingZero = 8,
}
