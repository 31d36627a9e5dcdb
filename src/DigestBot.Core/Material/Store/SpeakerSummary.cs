namespace DigestBot.Core.Material.Store;

public sealed record SpeakerSummary(string Name, int QuoteCount);
