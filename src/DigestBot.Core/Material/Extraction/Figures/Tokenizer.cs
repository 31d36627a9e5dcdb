namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Splits text into <see cref="Token"/>s by hand in one pass: letter runs, numerals (read by
/// <see cref="NumeralReader"/>) and single other characters; white space only separates.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The tokens of text[start..end) in a buffer rented from the shared pool; the caller returns it.</summary>
    public static Token[] Tokenize(string text, int start, int end, out int count)
    {
        var tokens = new TokenBuffer(Math.Max(16, (end - start) / 4));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && NumeralReader.StartsLeadingDecimal(text, i, end)))
            {
                var numeral = NumeralReader.Read(text, i, end);
                tokens.Add(numeral);
                i = numeral.End;
                continue;
            }

            if (char.IsLetter(c))
            {
                var wordStart = i;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                var word = NumberLexicon.FindId(text.AsSpan(wordStart, i - wordStart));
                tokens.Add(new Token(wordStart, i, TokenKind.Word, 0, NumeralShape.None, word));
                continue;
            }

            var vulgar = NumeralReader.VulgarFraction(c);
            if (vulgar > 0)
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Numeral, vulgar, NumeralShape.VulgarFraction, default));
                i++;
                continue;
            }

            // Surrogate pairs (emoji) stay one symbol so offsets never split a character.
            var length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new Token(i, i + length, TokenKind.Symbol, c, NumeralShape.None, default));
            i += length;
        }

        count = tokens.Count;
        return tokens.Items;
    }
}
