namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Finds numbers and quantities in English text the way the Microsoft Recognizers-Text models do, one model
/// per <see cref="FigureModels"/> flag. Each model scans the tokens once; when several models are asked for,
/// overlapping results keep the longest (then the earliest). Stateless and thread-safe.
/// </summary>
public static class FigureRecognizer
{
    public static IReadOnlyList<RecognizedFigure> Recognize(string text, FigureRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        using var tokens = TokenStream.Of(text);
        var found = new List<RecognizedFigure>();
        if (options.Models.HasFlag(FigureModels.Number))
        {
            NumberFinder.Find(tokens, options, found);
        }

        if (options.Models.HasFlag(FigureModels.Ordinal))
        {
            OrdinalFinder.Find(tokens, options, found);
        }

        if (options.Models.HasFlag(FigureModels.Percentage))
        {
            PercentFinder.Find(tokens, options, found);
        }

        UnitFigureFinder.Find(tokens, options, found);
        if (options.Models.HasFlag(FigureModels.Age))
        {
            AgeFinder.Find(tokens, found);
        }

        if (options.Models.HasFlag(FigureModels.Range))
        {
            RangeFinder.Find(tokens, options, found);
        }

        return IsSingleModel(options.Models) ? found.OrderBy(f => f.Span.Start).ToList() : Resolve(found);
    }

    private static bool IsSingleModel(FigureModels models) => ((int)models & ((int)models - 1)) == 0;

    private static List<RecognizedFigure> Resolve(List<RecognizedFigure> found)
    {
        var kept = new List<RecognizedFigure>();
        foreach (var figure in found.OrderByDescending(f => f.Span.Length).ThenBy(f => f.Span.Start))
        {
            if (!kept.Any(k => k.Span.Overlaps(figure.Span)))
            {
                kept.Add(figure);
            }
        }

        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }
}
