namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Which kinds of figure a <see cref="FigureRecognizer"/> reports, after the Recognizers-Text models.</summary>
[Flags]
public enum FigureModels
{
    None = 0,
    Number = 1,
    Ordinal = 2,
    Percentage = 4,
    Currency = 8,
    Dimension = 16,
    Temperature = 32,
    Age = 64,
    Range = 128,
    All = Number | Ordinal | Percentage | Currency | Dimension | Temperature | Age | Range,
}
