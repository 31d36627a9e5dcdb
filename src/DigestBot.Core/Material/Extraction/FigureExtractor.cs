namespace DigestBot.Core.Material.Extraction;

// Placeholder while the extraction work (issue 2 §2 / issue 3) lands: finds no figures yet.
public static class FigureExtractor
{
    public static IReadOnlyList<Figure> Extract(string text, IReadOnlyList<Sentence> sentences) => [];
}
