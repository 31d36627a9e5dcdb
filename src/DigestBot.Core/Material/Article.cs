namespace DigestBot.Core.Material;

/// <summary>
/// A parsed article. All spans index into <see cref="Text"/>, the full text as read (headline line included),
/// so every quote and figure can be shown verbatim and linked to its sentence.
/// </summary>
public sealed record Article(
    string Id,
    string Source,
    string Title,
    string Text,
    Uri? Url,
    DateTimeOffset PublishedAt,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Person> People,
    IReadOnlyList<int> SummarySentences)
{
    public string SentenceText(int index) => Sentences[index].Span.Slice(Text);

    public string Summary => string.Join(" ", SummarySentences.Select(SentenceText));

    // An article is an identity, not a value: two loads of the same file are different articles, and
    // hashing the whole text every time an article keys a group or a set made replies slow.
    public bool Equals(Article? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>The sentence holding <paramref name="position"/>, or -1.</summary>
    public int SentenceAt(int position) => SentenceLookup.IndexAt(Sentences, position);
}
