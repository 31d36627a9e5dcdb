namespace DigestBot.Core.Material.Extraction.Figures.News;

/// <summary>
/// A key figure found in news prose, in token indexes [Start, End): value in base units (percent as a
/// fraction), unit ("count", "USD", "years", ...), optional upper bound, qualifier and vagueness.
/// </summary>
internal sealed record FigureCandidate(int Start, int End, double Value, string Unit, FigureKind Kind)
{
    public double? ValueHigh { get; init; }

    public string? Qualifier { get; init; }

    public bool Vague { get; init; }

    /// <summary>A qualifier carried by a verb before the figure ("exceeds 7%") stays outside the span.</summary>
    public bool QualifierOutside { get; init; }
}
