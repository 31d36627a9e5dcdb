namespace DigestBot.Core.Material.Store;

/// <summary>A sentence together with the article it belongs to.</summary>
public readonly record struct SentenceRef(Article Article, Sentence Sentence)
{
    public string Text => Sentence.Span.Slice(Article.Text);
}
