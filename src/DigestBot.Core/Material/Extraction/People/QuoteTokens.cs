namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Where a quotation lies among the tokens: its opening mark, its content [First, End) and its closing mark
/// (-1 for a mark that is missing, as when the quotation runs on into the next paragraph).
/// </summary>
internal readonly record struct QuoteTokens(int Open, int First, int End, int Close);
