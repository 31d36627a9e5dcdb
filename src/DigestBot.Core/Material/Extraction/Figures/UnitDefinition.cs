namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// A unit: its kind, the name the Recognizers-Text specs use ("Kilometer"), the short code DigestBot shows
/// ("km", "USD") and the factor that converts a value into that code (cents → dollars is 0.01).
/// </summary>
internal sealed record UnitDefinition(FigureKind Kind, string Name, string Code, double Factor = 1);
