namespace DigestBot.Core.Material;

/// <summary>
/// Who said a quote: the canonical person name ("Vladimir Putin") and the mention in the text that
/// attributed it ("Putin", "the president", "he"), with its span.
/// </summary>
public sealed record SpeakerMention(string Name, TextSpan Span, string Text);
