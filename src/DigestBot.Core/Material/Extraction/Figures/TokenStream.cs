namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// The tokens of one text with the small look-ups every recogniser needs (word tests, adjacency). The token
/// buffer is pooled: dispose the stream when done.
/// </summary>
internal sealed class TokenStream : IDisposable
{
    private Token[] _tokens;

    private TokenStream(string text, Token[] tokens, int count)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
    }

    public string Text { get; }

    public int Count { get; private set; }

    private ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

    public static TokenStream Of(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length, out var count);
        return new TokenStream(text, tokens, count);
    }

    public Token this[int index] => Tokens[index];

    public void Dispose()
    {
        if (_tokens.Length > 0)
        {
            System.Buffers.ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = [];
            Count = 0;
        }
    }

    /// <summary>The token's text, or empty past either end, like the word tests below, so a look-ahead at the
    /// last token of a text reads nothing instead of throwing.</summary>
    public ReadOnlySpan<char> Span(int index) =>
        (uint)index < (uint)Count ? Text.AsSpan(Tokens[index].Start, Tokens[index].Length) : [];

    public bool IsWord(int index, string word) =>
        (uint)index < (uint)Count && Tokens[index].Kind == TokenKind.Word &&
        Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAnyWord(int index, params ReadOnlySpan<string> words)
    {
        if ((uint)index >= (uint)Tokens.Length || Tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        var span = Span(index);
        foreach (var word in words)
        {
            if (span.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsSymbol(int index, char c) => (uint)index < (uint)Count && Tokens[index].IsSymbol(c);

    public bool IsDash(int index) =>
        (uint)index < (uint)Count && Tokens[index].Kind == TokenKind.Symbol && Tokens[index].Char is '-' or '–' or '—' or '‐';

    /// <summary>A dash touching the token before it, as in "one-" of "one-on-one".</summary>
    public bool IsAdjacentDash(int index) => IsDash(index) && index > 0 && Adjacent(index - 1);

    public bool IsWordToken(int index) => (uint)index < (uint)Count && Tokens[index].Kind == TokenKind.Word;

    public bool IsNumeral(int index) => (uint)index < (uint)Count && Tokens[index].Kind == TokenKind.Numeral;

    public NumberWord WordAt(int index) => (uint)index < (uint)Count ? Tokens[index].Word : default;

    /// <summary>True when token <paramref name="index"/> ends exactly where the next one starts.</summary>
    public bool Adjacent(int index) => index + 1 < Count && index >= 0 && Tokens[index].End == Tokens[index + 1].Start;

    /// <summary>True when the two tokens are separated by nothing but white space without a line break.</summary>
    public bool SameLine(int index)
    {
        if (index < 0 || index + 1 >= Count)
        {
            return false;
        }

        for (var k = Tokens[index].End; k < Tokens[index + 1].Start; k++)
        {
            if (Text[k] == '\n')
            {
                return false;
            }
        }

        return true;
    }

    public bool StartsUpper(int index) =>
        (uint)index < (uint)Count && Tokens[index].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[index].Start]);

    public bool IsAllUpper(int index)
    {
        if (!IsWordToken(index))
        {
            return false;
        }

        foreach (var c in Span(index))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
