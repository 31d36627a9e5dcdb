namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// Text between a pair of quotation marks in one paragraph. <see cref="Content"/> excludes the marks and
/// surrounding white space; <see cref="CloseMark"/> is -1 when the quotation runs on into the next paragraph
/// (the news convention: no closing mark, the next paragraph opens again).
/// </summary>
internal readonly record struct QuotedSpan(TextSpan Content, int OpenMark, int CloseMark, int Paragraph, bool FromPreviousParagraph)
{
    public bool ToNextParagraph => CloseMark < 0;

    public bool IsSingleMarked { get; init; }
}
