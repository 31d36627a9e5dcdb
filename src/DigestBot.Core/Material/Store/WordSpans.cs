namespace DigestBot.Core.Material.Store;

/// <summary>
/// The word tokens of a text as ranges, without allocating: the same tokens as
/// <see cref="Extraction.Words.Tokens"/> (letters and digits, inner apostrophes and hyphens kept), for index
/// builds that see millions of tokens and only need a string for words they have not met before.
/// </summary>
public ref struct WordSpans(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;

    public Range Current { get; private set; }

    public readonly WordSpans GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _position = i;
            return false;
        }

        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        _position = i;
        Current = start..i;
        return true;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
