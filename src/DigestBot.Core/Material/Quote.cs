namespace DigestBot.Core.Material;

/// <summary>
/// A direct quotation. <see cref="Text"/> is exactly the article text at <see cref="Span"/> (without the
/// quote marks); <see cref="Speaker"/> is null when no speaker could be attributed with confidence.
/// </summary>
public sealed record Quote(TextSpan Span, string Text, SpeakerMention? Speaker, int SentenceIndex)
{
    public bool IsAttributed => Speaker is not null;
}
