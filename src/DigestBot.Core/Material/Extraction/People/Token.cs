namespace DigestBot.Core.Material.Extraction.People;

/// <summary>A token of an article: its UTF-16 range, kind, paragraph, and whether it lies inside a quotation.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, int Paragraph, bool InQuote)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsQuoteMark => Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose;
}
