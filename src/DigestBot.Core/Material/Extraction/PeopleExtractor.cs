namespace DigestBot.Core.Material.Extraction;

// Placeholder while the extraction work (issue 2 §2 / issue 3) lands: finds no one yet.
public static class PeopleExtractor
{
    public static IReadOnlyList<Person> Extract(string text, IReadOnlyList<Sentence> sentences) => [];
}
