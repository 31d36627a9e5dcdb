namespace DigestBot.Core.Material.Extraction;

// Placeholder while the extraction work (issue 2 §2 / issue 3) lands: finds no quotes yet.
public static class QuoteExtractor
{
    public static IReadOnlyList<Quote> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Person> people) => [];
}
