using DigestBot.Core.Material;

namespace DigestBot.Eval;

/// <summary>One annotated attribution of a PolNeAR article, offsets already converted to UTF-16.</summary>
public sealed record GoldQuote(TextSpan Span, string Kind, string? Speaker, TextSpan? SpeakerSpan)
{
    public bool IsDirect => Kind == "direct";
}
