namespace DigestBot.Core.Material;

/// <summary>A sentence of an article; <see cref="Paragraph"/> is 0 for the headline line.</summary>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph);
