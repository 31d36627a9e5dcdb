namespace DigestBot.Core.Replies;

/// <summary>Where an item came from: the article (title, optional URL) and the sentence number within it.</summary>
public sealed record SourceLink(string ArticleId, string ArticleTitle, Uri? Url, int SentenceIndex)
{
    /// <summary>A stable reference a reader can follow or quote back: "putin-rare-earths#s12".</summary>
    public string Anchor => $"{ArticleId}#s{SentenceIndex + 1}";
}
