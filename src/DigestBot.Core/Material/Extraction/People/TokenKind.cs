namespace DigestBot.Core.Material.Extraction.People;

internal enum TokenKind : byte
{
    /// <summary>Letters and digits, with inner apostrophes, hyphens and initialism dots ("U.S.").</summary>
    Word,

    /// <summary>Any other single visible character: , . ; : ! ? ( ) — and so on.</summary>
    Punctuation,

    /// <summary>The mark that opens a direct quotation found by the quote scanner.</summary>
    QuoteOpen,

    /// <summary>The mark that closes a direct quotation found by the quote scanner.</summary>
    QuoteClose,
}
