namespace DigestBot.Bench.Corpus;

/// <summary>One synthetic article: the file name it is written under, its text and when it was "published".</summary>
internal sealed record GeneratedArticle(string Name, string Text, DateTimeOffset PublishedAt);
