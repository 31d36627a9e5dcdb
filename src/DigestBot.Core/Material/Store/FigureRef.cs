namespace DigestBot.Core.Material.Store;

/// <summary>A figure together with the article it belongs to.</summary>
public readonly record struct FigureRef(Article Article, Figure Figure);
