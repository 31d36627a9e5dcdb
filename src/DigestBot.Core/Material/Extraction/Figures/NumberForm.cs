namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>How a number was written, as the Recognizers-Text specs name it (integer, decimal, fraction, power).</summary>
internal enum NumberForm : byte
{
    Integer,
    Decimal,
    Fraction,
    Power,
}
