namespace DigestBot.Core.Material;

/// <summary>What sort of quantity a <see cref="Figure"/> is; dates and years are kept apart from key figures.</summary>
public enum FigureKind
{
    Number,
    Ordinal,
    Percentage,
    Currency,
    Dimension,
    Temperature,
    Age,
    Duration,
    Factor,
    Range,
    Year,
    Date,
}
