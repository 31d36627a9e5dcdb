namespace DigestBot.Core.Material.Store;

/// <summary>A quote together with the article it belongs to.</summary>
public readonly record struct QuoteRef(Article Article, Quote Quote);
