namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>What a <see cref="Token"/> holds: a run of letters, a numeral, or one other character.</summary>
internal enum TokenKind : byte
{
    Word,
    Numeral,
    Symbol,
}
