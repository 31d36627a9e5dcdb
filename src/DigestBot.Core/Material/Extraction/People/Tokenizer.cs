namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Splits paragraphs into word and punctuation tokens by hand (no regular expressions, one pass, no strings):
/// the name and attribution rules then work on token indexes and compare spans of the article text.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, TextSpan paragraph, int paragraphIndex, List<Token> tokens)
    {
        var i = paragraph.Start;
        var end = paragraph.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var wordEnd = WordEnd(text, i, end);
                tokens.Add(new Token(i, wordEnd, TokenKind.Word, paragraphIndex, false));
                i = wordEnd;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation, paragraphIndex, false));
            i++;
        }
    }

    private static int WordEnd(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '\'' or '’' or '-' or '‑' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && IsInitialism(text, start, i))
            {
                // "U.S", "D.C", "a.m": single letters joined by dots form one word. The last dot stays a
                // punctuation token so the sentence rules can decide whether it also ends a sentence.
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // The segment before the dot is a single letter: "U" in "U.S", "S" in "U.S.A".
    private static bool IsInitialism(string text, int start, int dot) =>
        char.IsLetter(text[dot - 1]) && (dot - 1 == start || text[dot - 2] == '.');
}
