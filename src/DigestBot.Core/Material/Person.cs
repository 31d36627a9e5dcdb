namespace DigestBot.Core.Material;

/// <summary>A person named in an article, with the title used ("Treasury Secretary") and every mention form.</summary>
public sealed record Person(string Name, string? Title, IReadOnlyList<string> Mentions);
