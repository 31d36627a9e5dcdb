namespace DigestBot.Core.Material;

/// <summary>
/// A key figure: a number as written (<see cref="Text"/> at <see cref="Span"/>), its value in base units
/// (percent as a fraction, money in currency units), unit ("count", "USD", "percent", "factor", "t", ...),
/// an optional qualifier ("approximately", "at least", ...) and the phrase it is about.
/// </summary>
public sealed record Figure(
    TextSpan Span,
    string Text,
    double Value,
    double? ValueHigh,
    string Unit,
    string? Qualifier,
    bool Vague,
    string About,
    int SentenceIndex)
{
    /// <summary>What sort of quantity this is; years and dates are not key figures and callers may skip them.</summary>
    public FigureKind Kind { get; init; } = FigureKind.Number;
}
