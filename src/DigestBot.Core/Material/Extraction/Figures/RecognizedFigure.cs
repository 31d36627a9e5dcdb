namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// A quantity found by <see cref="FigureRecognizer"/>: its span, kind, value (null for a unit mentioned
/// without a number, or a relative ordinal), unit name as the specs spell it, and for ranges both bounds with
/// their inclusiveness. <see cref="ValueText"/> renders the value the way the Recognizers-Text specs do
/// ("15%", "(30,)", "end-1").
/// </summary>
public sealed record RecognizedFigure(TextSpan Span, FigureKind Kind, double? Value, string? Unit, string ValueText)
{
    public double? ValueHigh { get; init; }

    /// <summary>Short unit code for DigestBot ("USD", "km"); the value is already converted into it.</summary>
    public string? UnitCode { get; init; }

    public double? CodeValue { get; init; }

    /// <summary>Relative ordinals ("next", "last") carry no number.</summary>
    public bool IsRelative { get; init; }
}
