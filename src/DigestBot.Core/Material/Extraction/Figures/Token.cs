namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// One lexical unit: a word, a numeral (with its value already read, separators and decimals included) or a
/// single other character. <see cref="Word"/> is the number-word reading of a word, looked up once here (kept as a small
/// id so a token stays 24 bytes) and never repeated by the parsers.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, double Value, NumeralShape Shape, short WordId)
{
    public NumberWord Word => NumberLexicon.Entry(WordId);

    public int Length => End - Start;

    public bool IsNumeral => Kind == TokenKind.Numeral;

    public bool IsInteger => Kind == TokenKind.Numeral && (Shape & (NumeralShape.Decimal | NumeralShape.VulgarFraction)) == 0;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Length == 1 && Char == c;

    /// <summary>The single character of a symbol token, filled in by the tokenizer through <see cref="Value"/>.</summary>
    public char Char => (char)Value;
}
