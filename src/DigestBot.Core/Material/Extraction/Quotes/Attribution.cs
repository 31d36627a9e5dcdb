namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// The phrase that names a quotation's source, tokens [First, End), how it was found, and how many words
/// separate the speech verb from the quotation (0 when it stands right next to it).
/// </summary>
internal readonly record struct Attribution(int First, int End, AttributionKind Kind, int Distance);
